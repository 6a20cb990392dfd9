package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Updates an import record for its job, each change in a transaction of its own (batchlets and listeners have none). */
@ApplicationScoped
public class ImportJobRecords {

    @Inject
    ImportRecordRepository records;

    @Inject
    Clock clock;

    protected ImportJobRecords() {
    }

    public ImportJobRecords(ImportRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * Marks the import checked or committed once every chunk is through; an import stopped, rejected or failed
     * meanwhile keeps that status.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long importId, ImportJobs.Mode mode) {
        ImportRecord record = records.get(importId);
        if (mode == ImportJobs.Mode.COMMIT && record.status() == ImportStatus.COMMITTING) {
            record.written(clock.instant());
        } else if (mode == ImportJobs.Mode.CHECK && record.status() == ImportStatus.VALIDATING) {
            record.checked(record.format(), clock.instant());
        } else {
            return;
        }
        records.store(record);
    }

    /** Marks the import failed, whatever became of the chunk that failed; a rejection or stop already recorded stays. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long importId, String reason) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.REJECTED || record.status() == ImportStatus.STOPPED) {
            return;
        }
        record.failed(reason);
        records.store(record);
    }

    /**
     * Marks an import whose job died with the instance that ran it (killed, or its database went away): stopped
     * when a stop had been asked for, failed otherwise, with what to do next. Returns false when it was no longer
     * being checked or committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean interrupted(long importId) {
        ImportRecord record = records.get(importId);
        if (record.status() != ImportStatus.VALIDATING && record.status() != ImportStatus.COMMITTING) {
            return false;
        }
        if (record.stopRequested()) {
            record.stopped();
        } else if (record.status() == ImportStatus.COMMITTING) {
            record.failed("the server running this import stopped while writing; resume it (POST .../resume) to write the rest "
                    + "(rows already written are recognised and skipped), or undo it (POST .../undo) to remove what was written");
        } else {
            record.failed("the server running this import stopped while checking; resume it (POST .../resume) to check the file "
                    + "again from the start");
        }
        records.store(record);
        return true;
    }

    /** Marks the import stopped: its job is not running (any more) and a stop was asked for. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stopped(long importId) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.VALIDATING || record.status() == ImportStatus.COMMITTING) {
            record.stopped();
            records.store(record);
        }
    }

    /**
     * Records a problem with the file found while its job ran: found during the check (a broken or hostile part
     * deep inside) the import is rejected; during a commit (rows no longer valid) it failed and can be committed
     * again. Either way with the problem as the API would answer it: status, title, detail and where.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reject(long importId, ImportFileException problem) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.REJECTED || record.status() == ImportStatus.FAILED) {
            // recorded already: the reader records a file problem at once, and the step's listener sees it again
            return;
        }
        if (record.status() == ImportStatus.VALIDATING) {
            record.rejected(problem.status(), problem.title(), problem.getMessage(), problem.where());
        } else {
            record.failed(problem.status(), problem.title(), problem.getMessage(), problem.where());
        }
        records.store(record);
    }
}
