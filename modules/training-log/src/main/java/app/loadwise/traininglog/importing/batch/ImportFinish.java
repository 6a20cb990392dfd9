package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.importing.ImportRecord;
import app.loadwise.domain.importing.ImportRecordRepository;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Marks the import checked or committed once every chunk is through. */
@Named("importFinish")
@Dependent
public class ImportFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    @BatchProperty(name = "mode")
    String mode;

    @Inject
    ImportRecordRepository records;

    @Inject
    Clock clock;

    @Override
    public String process() {
        ImportRecord record = records.get(Long.parseLong(importId));
        if (ImportJobs.Mode.COMMIT.name().equals(mode)) {
            record.written(clock.instant());
        } else {
            record.checked(record.format(), clock.instant());
        }
        records.store(record);
        return "COMPLETED";
    }
}
