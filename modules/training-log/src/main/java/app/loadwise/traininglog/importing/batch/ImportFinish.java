package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
    ImportJobRecords jobRecords;

    @Override
    public String process() {
        jobRecords.finish(Long.parseLong(importId), ImportJobs.Mode.valueOf(mode));
        return "COMPLETED";
    }
}
