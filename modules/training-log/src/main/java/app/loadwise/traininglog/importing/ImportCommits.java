package app.loadwise.traininglog.importing;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.ImportRun;
import app.loadwise.traininglog.importing.internal.RawRow;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes checked imports and manages their batch jobs' lifecycle: a commit is all or nothing unless invalid rows are
 * to be skipped; small files are written at once through the batch job's reader and writer, large ones are left
 * "committing" for the job, which {@link ImportLauncher} starts. Stop, resume, undo, and closing a bulk call whose
 * items are invalid.
 */
@ApplicationScoped
@Transactional
public class ImportCommits {

    /** How long after a check or commit was asked for its job must have recorded itself. */
    static final Duration JOB_START_GRACE = Duration.ofMinutes(2);

    @Inject
    ImportRecordRepository records;

    @Inject
    ImportedLogRepository log;

    @Inject
    ImportPipeline pipeline;

    @Inject
    ImportJobs jobs;

    @Inject
    Clock clock;

    /**
     * Writes a checked import. All or nothing unless {@code skipInvalid}: then the valid rows are written and the
     * invalid ones stay listed with the import. Exact duplicates of what is in the log are skipped; near matches
     * are held for review.
     */
    public ImportView commit(long importId, boolean skipInvalid) {
        return commit(importId, skipInvalid, false);
    }

    /** As {@link #commit(long, boolean)}; {@code synchronous} writes a file of any size at once (bulk calls). */
    public ImportView commit(long importId, boolean skipInvalid, boolean synchronous) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.COMMITTING && (record.jobExecutionId() != null
                ? !jobs.isRunning(record.jobExecutionId()) : record.jobNeverStarted(clock.instant(), JOB_START_GRACE))) {
            // the server stopped while writing, or before its job started: rows already written are recognised and skipped
            record.failed("the commit was interrupted; it was started again");
        }
        requireFile(record);
        record.startCommit(skipInvalid);
        record.jobRequested(clock.instant());
        Path file = pipeline.storedFile(importId);
        records.clearFindings(importId);
        if (!synchronous && record.status() == ImportStatus.COMMITTING && record.sizeBytes() > pipeline.settings().syncMaxBytes()) {
            return ImportViews.of(records.store(record));
        }
        ImportRun run = pipeline.runInProcess(record, file, ImportRun.Mode.COMMIT, skipInvalid).run();
        record.committed(run.counts(), clock.instant());
        return ImportViews.of(records.store(record));
    }

    /** An import checked from a bulk call's items has no file: it is written in that call or not at all. */
    private static void requireFile(ImportRecord record) {
        if (ImportUploads.BULK_KIND.equals(record.fileKind())) {
            throw new ConflictException("importId", "import " + record.id() + " was checked from a bulk call, whose items are "
                    + "not kept; send the call again with dryRun=false to write them");
        }
    }

    /**
     * Writes an import checked from rows built in memory ({@link ImportUploads#check}), in this call, from the same
     * rows: as {@link #commit(long, boolean)} does with a file's.
     */
    public ImportView commit(long importId, boolean skipInvalid, List<RawRow> rows) {
        ImportRecord record = records.get(importId);
        record.startCommit(skipInvalid);
        record.jobRequested(clock.instant());
        records.clearFindings(importId);
        ImportRun run = pipeline.runInProcess(record, rows, ImportRun.Mode.COMMIT, skipInvalid).run();
        record.committed(run.counts(), clock.instant());
        return ImportViews.of(records.store(record));
    }

    /**
     * True when the import is being checked or committed but its job never started (the server stopped between
     * recording the request and starting the job): a stop then marks it stopped at once.
     */
    public boolean jobNeverStarted(long importId) {
        return records.get(importId).jobNeverStarted(clock.instant(), JOB_START_GRACE);
    }

    /** Records the job execution just started for an import, so a second commit or a stop finds it at once. */
    public void launched(long importId, long executionId) {
        records.launched(importId, executionId);
    }

    /** Imports being checked or committed by a batch job: import id to job execution id. */
    public Map<Long, Long> runningJobs() {
        return records.runningJobs();
    }

    /** The batch job execution an import last ran as, if any. */
    public Long jobExecution(long importId) {
        return records.get(importId).jobExecutionId();
    }

    /**
     * Asks the batch job of an import being checked or committed to stop after its current chunk (on whichever
     * instance runs it); 409 when nothing is running for it. Returns the import and the job execution to stop.
     */
    public ImportView requestStop(long importId) {
        ImportRecord record = records.get(importId);
        record.checkStoppable();
        if (!records.requestStop(record)) {
            record.checkStoppable();
        }
        return ImportViews.of(record);
    }

    /**
     * Resumes a stopped (or failed) import: a commit is started again (rows already written are recognised and
     * skipped); a check starts again from the first row. Returns the import as it now stands ("validating" or
     * "committing"), for the launcher to start the job.
     */
    public ImportView resume(long importId) {
        ImportRecord record = records.get(importId);
        if (record.status() != ImportStatus.STOPPED && record.status() != ImportStatus.FAILED) {
            throw new ConflictException("status", "import " + importId + " is " + record.status().name().toLowerCase(Locale.ROOT)
                    + "; only a stopped or failed import can be resumed");
        }
        if (record.stoppedWhileWriting()) {
            return commit(importId, record.skipInvalid());
        }
        requireFile(record);
        pipeline.storedFile(importId);
        record.restartCheck();
        record.jobRequested(clock.instant());
        records.clearFindings(importId);
        return ImportViews.of(records.store(record));
    }

    /**
     * Removes every session and wellness entry the import wrote, and takes back the values it added to wellness entries
     * already in the log: each is cleared again unless it was changed since, which the answer's message names.
     */
    public ImportView undo(long importId) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.COMMITTING) {
            throw new ConflictException("status", "import " + importId + " is still being written; undo it when it is committed");
        }
        ImportedLogRepository.Restored restored = log.restoreEarlierEntries(importId);
        long removed = log.removeImported(importId);
        record.undone(removed, clock.instant(), undoNote(restored));
        return ImportViews.of(records.store(record));
    }

    /** What undo did with the values the import added to earlier wellness entries, in words; null when it added none. */
    static String undoNote(ImportedLogRepository.Restored restored) {
        if (restored.restored() == 0 && restored.changedSince().isEmpty()) {
            return null;
        }
        StringBuilder note = new StringBuilder();
        note.append(restored.restored()).append(restored.restored() == 1 ? " value" : " values")
                .append(" the import added to wellness entries already in the log ").append(restored.restored() == 1 ? "was" : "were")
                .append(" taken back");
        if (!restored.changedSince().isEmpty()) {
            int left = restored.changedSince().size();
            note.append("; ").append(left).append(left == 1 ? " was" : " were").append(" changed since and left as ")
                    .append(left == 1 ? "it is" : "they are").append(": ");
            note.append(String.join("; ", restored.changedSince().stream().limit(20).map(c -> ImportRun.wellnessWords(c.column())
                    + " of " + c.athleteName() + " on " + c.date() + " (" + c.written() + " imported, " + (c.now() == null ? "cleared"
                    : c.now()) + " now)").toList()));
            if (left > 20) {
                note.append("; and ").append(left - 20).append(" more");
            }
        }
        return note.toString();
    }

    /**
     * Closes a checked bulk call whose invalid items mean nothing is written: rejected, so it is never committed and
     * its upload goes with the finished ones; its item errors stay readable.
     */
    public ImportView rejectInvalidItems(long importId) {
        ImportRecord record = records.get(importId);
        record.rejected(422, "Invalid items", record.counts().invalid() + " item(s) are invalid and nothing was written;"
                + " fix them and send the call again, or send skipInvalid=true to write the valid ones", null);
        return ImportViews.of(records.store(record));
    }
}
