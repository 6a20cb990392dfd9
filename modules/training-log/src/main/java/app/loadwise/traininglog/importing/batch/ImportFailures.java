package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.importing.ImportRecord;
import app.loadwise.domain.importing.ImportRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Marks an import failed in a transaction of its own, whatever became of the chunk that failed. */
@ApplicationScoped
public class ImportFailures {

    @Inject
    ImportRecordRepository records;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long importId, String reason) {
        ImportRecord record = records.get(importId);
        record.failed(reason);
        records.store(record);
    }
}
