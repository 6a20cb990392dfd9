package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.importing.ImportCounts;
import app.loadwise.domain.importing.ImportRecord;
import app.loadwise.domain.importing.ImportRecordRepository;
import app.loadwise.domain.importing.ImportStatus;
import app.loadwise.traininglog.importing.ImportService;
import app.loadwise.traininglog.importing.internal.ImportRun;
import app.loadwise.traininglog.importing.internal.UploadScanner;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks or writes one chunk of rows and adds its counts and progress to the import record, in the chunk's
 * transaction. Safe to run twice: rows an earlier attempt wrote are recognised by import id and row. When a stop
 * was asked for (on any instance), the chunk is completed, the import marked stopped with it, and the step ended.
 */
@Named("importRowWriter")
@Dependent
public class ImportRowWriter extends AbstractItemWriter {

    /** Left in the step context by the writer when the import was stopped; the reader then ends the step. */
    static final String STOPPING = "import-stopping";

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    @BatchProperty(name = "mode")
    String mode;

    @Inject
    ImportService service;

    @Inject
    ImportRecordRepository records;

    @Inject
    StepContext step;

    private ImportRun run;

    @Override
    public void writeItems(List<Object> items) {
        ImportRecord record = records.get(Long.parseLong(importId));
        if (record.status() == ImportStatus.STOPPED) {
            throw new IllegalStateException("import " + importId + " was stopped; its job ends here");
        }
        if (run == null) {
            ImportRun.Mode runMode = ImportJobs.Mode.COMMIT.name().equals(mode) ? ImportRun.Mode.COMMIT : ImportRun.Mode.DRY_RUN;
            run = service.newRun(record, runMode, record.skipInvalid());
        }
        List<UploadScanner.Scanned> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            UploadScanner.Scanned row = (UploadScanner.Scanned) item;
            rows.add(row);
        }
        ImportCounts counts = run.process(rows);
        rows.stream().map(r -> r.layout().format().code()).distinct().forEach(record::noteFormat);
        run.ignoredColumns().forEach(c -> record.noteIgnoredColumns(c.sheet(), c.columns()));
        record.addChunk(counts, record.rowsDone() + items.size());
        if (record.stopRequested()) {
            // this chunk is complete and commits with the status; the reader then ends the step, and the job
            // stops on the step's exit status (see the job XML) instead of going on to its finish step
            record.stopped();
            if (step != null) {
                step.setTransientUserData(STOPPING);
                step.setExitStatus(ImportJobs.STOPPED_EXIT);
            }
        }
        records.store(record);
    }
}
