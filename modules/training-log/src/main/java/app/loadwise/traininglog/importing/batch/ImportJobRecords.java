package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.importing.ImportRecord;
import app.loadwise.domain.importing.ImportRecordRepository;
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

    /** Marks the import checked or committed once every chunk is through. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long importId, ImportJobs.Mode mode) {
        ImportRecord record = records.get(importId);
        if (mode == ImportJobs.Mode.COMMIT) {
            record.written(clock.instant());
        } else {
            record.checked(record.format(), clock.instant());
        }
        records.store(record);
    }

    /** Marks the import failed, whatever became of the chunk that failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long importId, String reason) {
        ImportRecord record = records.get(importId);
        record.failed(reason);
        records.store(record);
    }
}
