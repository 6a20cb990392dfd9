package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.ImportHarness;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.UploadRequest;
import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A large file's batch job, its reader and writer called chunk by chunk as the batch runtime does: progress while
 * checking, a fault deep in the file that rejects the import with its problem, and a stop that can be resumed or
 * undone.
 */
class ImportJobStopAndProblemIT {

    private static final int ROWS = 250;
    private static final int CHUNK = 40;

    @TempDir
    Path dir;

    private static String file(int rows, int wideRow) {
        StringBuilder file = new StringBuilder("Member ID,Date,Start,Type,Minutes,RPE\n");
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < rows; i++) {
            file.append("LS-001,").append(day.plusDays(i)).append(",07:00,easy,").append(30 + i % 20).append(",3");
            if (i == wideRow) {
                file.append(String.join("", Collections.nCopies(600, ",x")));
            }
            file.append('\n');
        }
        return file.toString();
    }

    /** Uploads a file above the synchronous size: it is left "validating" for the job. */
    private static long upload(ImportHarness harness, long club, String content) {
        ImportView view = harness.service(s -> s.uploads().upload(new UploadRequest(club, null, "big.csv", false, "coach"),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
        assertThat(view.status()).isEqualTo(ImportView.Status.VALIDATING);
        return view.id();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void showsRowsDoneOfTheExpectedRowsWhileALargeFileIsChecked(Kind kind) {
        try (ImportHarness harness = new ImportHarness(kind, dir, 1024)) {
            long club = harness.club(Locale.UK);
            harness.athlete(club, "LS-001", "Ada");
            long importId = upload(harness, club, file(ROWS, -1));

            Job job = new Job(harness, importId, ImportJobs.Mode.CHECK);
            job.chunks(2);
            ImportView checking = harness.service(s -> s.uploads().get(importId));
            assertThat(checking.status()).isEqualTo(ImportView.Status.VALIDATING);
            assertThat(checking.progress().done()).isEqualTo(2 * CHUNK);
            assertThat(checking.progress().total()).isEqualTo(ROWS + 1);
            assertThat(checking.progress().percent()).isEqualTo(2 * CHUNK * 100 / (ROWS + 1));

            job.chunks(Integer.MAX_VALUE);
            job.finish();
            ImportView checked = harness.service(s -> s.uploads().get(importId));
            assertThat(checked.status()).isEqualTo(ImportView.Status.VALIDATED);
            assertThat(checked.counts().valid()).isEqualTo(ROWS);
            assertThat(checked.progress().percent()).isEqualTo(100);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFaultDeepInALargeFileRejectsTheImportWithItsProblemAndWhereItIs(Kind kind) {
        try (ImportHarness harness = new ImportHarness(kind, dir, 1024)) {
            long club = harness.club(Locale.UK);
            long athlete = harness.athlete(club, "LS-001", "Ada");
            long importId = upload(harness, club, file(ROWS, 200));

            Job job = new Job(harness, importId, ImportJobs.Mode.CHECK);
            assertThatThrownBy(() -> job.chunks(Integer.MAX_VALUE)).isInstanceOf(ImportFileException.class);
            job.finish();

            ImportView rejected = harness.service(s -> s.uploads().get(importId));
            assertThat(rejected.status()).isEqualTo(ImportView.Status.REJECTED);
            assertThat(rejected.problem().status()).isEqualTo(400);
            assertThat(rejected.problem().title()).isEqualTo("Unreadable file");
            assertThat(rejected.problem().detail()).contains("row 202 has 606 columns");
            assertThat(rejected.problem().where()).isEqualTo("after row 201");
            assertThat(rejected.message()).isEqualTo(rejected.problem().detail());
            assertThatThrownBy(() -> harness.service(s -> s.commits().commit(importId, true))).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("rejected");
            assertThat(sessions(harness, athlete)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStoppedCommitEndsAfterItsChunkAndResumesWithoutLosingOrDoublingRows(Kind kind) {
        try (ImportHarness harness = new ImportHarness(kind, dir, 1024)) {
            long club = harness.club(Locale.UK);
            long athlete = harness.athlete(club, "LS-001", "Ada");
            long importId = checked(harness, club);
            harness.service(s -> s.commits().commit(importId, false));

            Job job = new Job(harness, importId, ImportJobs.Mode.COMMIT);
            job.chunks(2);
            // asked for while a chunk holds the import record: that chunk still commits, the next one stops
            ImportView[] stopping = new ImportView[1];
            job.chunkWith(() -> stopping[0] = harness.service(s -> s.commits().requestStop(importId)));
            assertThat(stopping[0].status()).isEqualTo(ImportView.Status.COMMITTING);
            assertThat(stopping[0].message()).contains("stopping");
            assertThat(sessions(harness, athlete)).isEqualTo(3 * CHUNK);
            job.chunks(1);
            ImportView stopped = harness.service(s -> s.uploads().get(importId));
            assertThat(stopped.status()).isEqualTo(ImportView.Status.STOPPED);
            assertThat(stopped.progress().done()).isEqualTo(4 * CHUNK);
            assertThat(sessions(harness, athlete)).isEqualTo(4 * CHUNK);
            assertThat(job.stepExit()).isEqualTo(ImportJobs.STOPPED_EXIT);
            job.chunks(1);
            assertThat(job.stepEnded()).as("the reader ends the step once the import is stopped").isTrue();
            job.finish();
            assertThat(harness.service(s -> s.uploads().get(importId)).status()).as("a finish step after the stop changes nothing")
                    .isEqualTo(ImportView.Status.STOPPED);
            assertThat(sessions(harness, athlete)).isEqualTo(4 * CHUNK);
            assertThatThrownBy(() -> harness.service(s -> s.commits().requestStop(importId))).isInstanceOf(ConflictException.class);

            ImportView resumed = harness.service(s -> s.commits().resume(importId));
            assertThat(resumed.status()).isEqualTo(ImportView.Status.COMMITTING);
            Job again = new Job(harness, importId, ImportJobs.Mode.COMMIT);
            again.chunks(Integer.MAX_VALUE);
            again.finish();
            ImportView committed = harness.service(s -> s.uploads().get(importId));
            assertThat(committed.status()).isEqualTo(ImportView.Status.COMMITTED);
            assertThat(committed.counts().imported()).isEqualTo(ROWS);
            assertThat(sessions(harness, athlete)).isEqualTo(ROWS);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStoppedCommitCanBeUndoneAndAStoppedCheckResumesFromTheStart(Kind kind) {
        try (ImportHarness harness = new ImportHarness(kind, dir, 1024)) {
            long club = harness.club(Locale.UK);
            long athlete = harness.athlete(club, "LS-001", "Ada");
            long importId = checked(harness, club);
            harness.service(s -> s.commits().commit(importId, false));
            Job job = new Job(harness, importId, ImportJobs.Mode.COMMIT);
            job.chunks(1);
            harness.service(s -> s.commits().requestStop(importId));
            job.chunks(1);
            job.close();
            assertThat(sessions(harness, athlete)).isEqualTo(2 * CHUNK);
            ImportView undone = harness.service(s -> s.commits().undo(importId));
            assertThat(undone.status()).isEqualTo(ImportView.Status.UNDONE);
            assertThat(undone.removed()).isEqualTo(2 * CHUNK);
            assertThat(sessions(harness, athlete)).isZero();

            long second = upload(harness, club, file(ROWS, -1));
            Job check = new Job(harness, second, ImportJobs.Mode.CHECK);
            check.chunks(1);
            harness.service(s -> s.commits().requestStop(second));
            check.chunks(1);
            check.close();
            assertThat(harness.service(s -> s.uploads().get(second)).status()).isEqualTo(ImportView.Status.STOPPED);
            assertThatThrownBy(() -> harness.service(s -> s.commits().commit(second, false))).isInstanceOf(ConflictException.class);
            ImportView resumed = harness.service(s -> s.commits().resume(second));
            assertThat(resumed.status()).isEqualTo(ImportView.Status.VALIDATING);
            assertThat(resumed.counts().total()).isZero();
            Job again = new Job(harness, second, ImportJobs.Mode.CHECK);
            again.chunks(Integer.MAX_VALUE);
            again.finish();
            ImportView checked = harness.service(s -> s.uploads().get(second));
            assertThat(checked.status()).isEqualTo(ImportView.Status.VALIDATED);
            assertThat(checked.counts().valid()).isEqualTo(ROWS);
        }
    }

    /** A large file uploaded and checked by its job; returns the import id. */
    private long checked(ImportHarness harness, long club) {
        long importId = upload(harness, club, file(ROWS, -1));
        Job check = new Job(harness, importId, ImportJobs.Mode.CHECK);
        check.chunks(Integer.MAX_VALUE);
        check.finish();
        assertThat(harness.service(s -> s.uploads().get(importId)).status()).isEqualTo(ImportView.Status.VALIDATED);
        return importId;
    }

    private static long sessions(ImportHarness harness, long athlete) {
        return harness.tx(em -> new TrainingSessionRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 1)).total());
    }

    /** One execution of the import job: the reader opened fresh, chunks in transactions of their own, then the finish step. */
    private static final class Job {
        private final ImportHarness harness;
        private final long importId;
        private final ImportJobs.Mode mode;
        private final EntityManager em;
        private final ImportRowReader reader;
        private final ImportRowWriter writer;
        private final jakarta.batch.runtime.context.StepContext step;
        private boolean closed;
        private boolean ended;

        Job(ImportHarness harness, long importId, ImportJobs.Mode mode) {
            this.harness = harness;
            this.importId = importId;
            this.mode = mode;
            this.em = harness.entityManager();
            ImportPipeline service = harness.pipeline(em);
            this.reader = ImportJobArtifacts.reader(em, service, importId, 11L);
            // as in the container: a problem is recorded in a transaction of its own, whatever becomes of the chunk's
            this.reader.jobRecords = new ImportJobRecords(null, ImportHarness.CLOCK) {
                @Override
                public void reject(long id, ImportFileException problem) {
                    harness.tx(other -> {
                        new ImportJobRecords(new ImportRecordRepository(other), ImportHarness.CLOCK).reject(id, problem);
                        return null;
                    });
                }
            };
            this.writer = ImportJobArtifacts.writer(em, service, importId, mode);
            this.step = ImportJobArtifacts.stepContext();
            this.reader.step = step;
            this.writer.step = step;
            em.getTransaction().begin();
            reader.open(null);
            em.getTransaction().commit();
        }

        /** Runs up to {@code count} chunks; a chunk that throws is rolled back and the exception passed on. */
        void chunks(int count) {
            for (int chunk = 0; chunk < count; chunk++) {
                em.getTransaction().begin();
                try {
                    List<Object> items = new ArrayList<>();
                    Object item;
                    while (items.size() < CHUNK && (item = reader.readItem()) != null) {
                        items.add(item);
                    }
                    if (items.isEmpty()) {
                        em.getTransaction().commit();
                        ended = true;
                        return;
                    }
                    writer.writeItems(items);
                    reader.checkpointInfo();
                    em.getTransaction().commit();
                    em.clear();
                } catch (RuntimeException e) {
                    em.getTransaction().rollback();
                    em.clear();
                    throw e;
                }
            }
        }

        /** One chunk during which {@code meanwhile} runs, after the chunk has read the import record and before it writes. */
        void chunkWith(Runnable meanwhile) {
            em.getTransaction().begin();
            em.find(app.loadwise.traininglog.importing.internal.store.ImportRecord.class, importId);
            List<Object> items = new ArrayList<>();
            Object item;
            while (items.size() < CHUNK && (item = reader.readItem()) != null) {
                items.add(item);
            }
            meanwhile.run();
            writer.writeItems(items);
            reader.checkpointInfo();
            em.getTransaction().commit();
            em.clear();
        }

        String stepExit() {
            return step.getExitStatus();
        }

        boolean stepEnded() {
            return ended;
        }

        void finish() {
            close();
            harness.tx(other -> {
                new ImportJobRecords(new ImportRecordRepository(other), ImportHarness.CLOCK).finish(importId, mode);
                return null;
            });
        }

        void close() {
            if (!closed) {
                closed = true;
                reader.close();
                em.close();
            }
        }
    }
}
