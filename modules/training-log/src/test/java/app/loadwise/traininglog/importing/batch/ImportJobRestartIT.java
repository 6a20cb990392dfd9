package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.traininglog.importing.ImportHarness;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.UploadRequest;
import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The import job's reader and writer called chunk by chunk as the batch runtime does, with a crash in between. */
class ImportJobRestartIT {

    private static final int ROWS = 250;
    private static final int CHUNK = 40;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCrashedCommitRestartsFromItsCheckpointWithoutLosingOrDoublingRows(Kind kind) {
        try (ImportHarness harness = new ImportHarness(kind, dir, 10L * 1024 * 1024)) {
            long club = harness.club(Locale.UK);
            long athlete = harness.athlete(club, "LS-001", "Ada");
            StringBuilder file = new StringBuilder("Member ID,Date,Start,Type,Minutes,RPE\n");
            LocalDate day = LocalDate.of(2025, 1, 1);
            for (int i = 0; i < ROWS; i++) {
                file.append("LS-001,").append(day.plusDays(i)).append(",07:00,easy,").append(30 + i % 20).append(",3\n");
            }
            ImportView checked = harness.service(s -> s.uploads().upload(new UploadRequest(club, null, "big.csv", false, "coach"),
                    new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8))));
            long importId = checked.id();
            harness.tx(em -> {
                ImportRecordRepository records = new ImportRecordRepository(em);
                ImportRecord record = records.get(importId);
                record.startCommit(false);
                return records.store(record);
            });

            EntityManager em = harness.entityManager();
            Serializable checkpoint = runChunks(harness, em, importId, null, 3, true);
            assertThat(sessions(harness, athlete)).isEqualTo(2 * CHUNK);
            assertThat(checkpoint).isEqualTo(new ReaderCheckpoint(2 * CHUNK));

            runChunks(harness, em, importId, checkpoint, Integer.MAX_VALUE, false);
            em.getTransaction().begin();
            ImportFinish finish = new ImportFinish();
            finish.parameters = new ImportJobParameters(ImportJobArtifacts.jobContext(importId, ImportJobs.Mode.COMMIT, 7L));
            finish.jobRecords = new ImportJobRecords(new ImportRecordRepository(em), ImportHarness.CLOCK);
            finish.process();
            em.getTransaction().commit();
            em.close();

            assertThat(sessions(harness, athlete)).isEqualTo(ROWS);
            ImportView done = harness.service(s -> s.uploads().get(importId));
            assertThat(done.status()).isEqualTo(ImportView.Status.COMMITTED);
            assertThat(done.counts().imported()).isEqualTo(ROWS);
            assertThat(done.progress().done()).isEqualTo(ROWS);
            assertThat(done.progress().percent()).isEqualTo(100);
            ImportStatus status = harness.tx(em2 -> new ImportRecordRepository(em2).get(importId).status());
            assertThat(status).isEqualTo(ImportStatus.COMMITTED);
        }
    }

    /**
     * Opens a reader at the checkpoint and runs chunks, each in its own transaction; with {@code crashLast} the
     * last chunk is rolled back, as when the server dies before the chunk commits. Returns the last committed checkpoint.
     */
    private static Serializable runChunks(ImportHarness harness, EntityManager em, long importId, Serializable checkpoint,
                                          int chunks, boolean crashLast) {
        ImportPipeline service = harness.pipeline(em);
        ImportRowReader reader = ImportJobArtifacts.reader(em, service, importId, 7L);
        ImportRowWriter writer = ImportJobArtifacts.commitWriter(em, service, importId);

        em.getTransaction().begin();
        reader.open(checkpoint);
        em.getTransaction().commit();
        Serializable committed = checkpoint;
        for (int chunk = 0; chunk < chunks; chunk++) {
            em.getTransaction().begin();
            List<Object> items = new ArrayList<>();
            Object item;
            while (items.size() < CHUNK && (item = reader.readItem()) != null) {
                items.add(item);
            }
            if (items.isEmpty()) {
                em.getTransaction().commit();
                break;
            }
            writer.writeItems(items);
            if (crashLast && chunk == chunks - 1) {
                em.getTransaction().rollback();
                em.clear();
                break;
            }
            committed = reader.checkpointInfo();
            em.getTransaction().commit();
        }
        reader.close();
        return committed;
    }

    private static long sessions(ImportHarness harness, long athlete) {
        return harness.tx(em -> new TrainingSessionRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 1)).total());
    }
}
