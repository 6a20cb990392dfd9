package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.internal.ImportChunkWriter;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.UploadScanner;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The import job's writer: the pipeline's {@link ImportChunkWriter} (the writer a small file is checked or written
 * with at once), checking or writing one chunk and adding its counts and progress to the import record, in the
 * chunk's transaction. Safe to run twice: rows an earlier attempt wrote are recognised by import id and row. When a
 * stop was asked for (on any instance), the chunk is completed, the import marked stopped with it, and the step ended.
 */
@Named("importRowWriter")
@Dependent
public class ImportRowWriter extends AbstractItemWriter {

    /** Left in the step context by the writer when the import was stopped; the reader then ends the step. */
    static final String STOPPING = "import-stopping";

    @Inject
    ImportJobParameters parameters;

    @Inject
    ImportPipeline pipeline;

    @Inject
    ImportRecordRepository records;

    @Inject
    StepContext step;

    private ImportChunkWriter writer;

    @Override
    public void writeItems(List<Object> items) {
        if (writer == null) {
            var record = records.get(parameters.importId());
            writer = pipeline.writer(record, parameters.runMode(), record.skipInvalid());
        }
        List<UploadScanner.Scanned> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            rows.add((UploadScanner.Scanned) item);
        }
        if (writer.write(rows) && step != null) {
            // this chunk is complete and commits with the status; the reader then ends the step, and the job
            // stops on the step's exit status (see the job XML) instead of going on to its finish step
            step.setTransientUserData(STOPPING);
            step.setExitStatus(ImportJobs.STOPPED_EXIT);
        }
    }
}
