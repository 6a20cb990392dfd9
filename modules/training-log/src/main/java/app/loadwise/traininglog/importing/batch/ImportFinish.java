package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the import checked or committed once every chunk is through. */
@Named("importFinish")
@Dependent
public class ImportFinish extends AbstractBatchlet {

    @Inject
    ImportJobParameters parameters;

    @Inject
    ImportJobRecords jobRecords;

    @Override
    public String process() {
        jobRecords.finish(parameters.importId(), parameters.mode());
        return "COMPLETED";
    }
}
