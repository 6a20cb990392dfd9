package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.internal.ImportChunkWriter;
import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.ImportRowSource;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The import job's reader: the pipeline's {@link ImportRowSource} (the reader a small file is checked with at once),
 * streaming the rows of an upload parsed and validated ahead on a second thread while the chunk before is written.
 * The checkpoint is the number of rows handed to the writer, so after a restart it skips exactly the rows of the
 * chunks already committed.
 */
@Named("importRowReader")
@Dependent
public class ImportRowReader extends AbstractItemReader {

    @Inject
    ImportJobParameters parameters;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ImportPipeline pipeline;

    @Inject
    ImportRecordRepository records;

    @Inject
    ImportJobRecords jobRecords;

    private ImportRowSource rows;

    @Override
    public void open(Serializable checkpoint) {
        long id = parameters.importId();
        ImportRecord record = records.get(id);
        record.runningAs(job.getExecutionId());
        if (record.status() == ImportStatus.VALIDATING && record.rowsExpected() == null) {
            // progress while checking: rows done of the rows the file is expected to hold
            record.expectRows(pipeline.expectedRows(pipeline.storedFile(id)));
        }
        records.store(record);
        rows = pipeline.open(record, pipeline.storedFile(id), checkpoint instanceof ReaderCheckpoint c ? c.rowsRead() : 0);
    }

    /** The next row, parsed and validated ahead on the reading thread; the checkpoint counts only rows handed out. */
    @Override
    public Object readItem() {
        if (step != null && ImportRowWriter.STOPPING.equals(step.getTransientUserData())) {
            return null;
        }
        try {
            Object row = rows.next();
            if (row == null) {
                // the end of the file: the sheets passed over for want of a header row, and a check's date orders
                ImportRecord record = records.get(parameters.importId());
                ImportChunkWriter.noteEndOfRows(record, rows.sheetsNotRead(), rows.dateOrders(), parameters.runMode());
                records.store(record);
            }
            return row;
        } catch (ImportFileException problem) {
            // recorded at once, in a transaction of its own: the chunk's transaction is about to roll back
            if (jobRecords != null) {
                jobRecords.reject(parameters.importId(), problem);
            }
            throw problem;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return new ReaderCheckpoint(rows == null ? 0 : rows.rowsRead());
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
