package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.importing.ImportRecord;
import app.loadwise.domain.importing.ImportRecordRepository;
import app.loadwise.domain.importing.ImportStatus;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.ImportService;
import app.loadwise.traininglog.importing.internal.RowsAhead;
import app.loadwise.traininglog.importing.internal.UploadScanner;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Streams the rows of an upload, parsed and validated ahead on a second thread while the chunk before is written;
 * the checkpoint is the number of rows handed to the writer, so after a restart it skips exactly the rows of the
 * chunks already committed.
 */
@Named("importRowReader")
@Dependent
public class ImportRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ImportService service;

    @Inject
    ImportRecordRepository records;

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    ImportJobRecords jobRecords;

    private RowsAhead rows;
    private long read;

    @Override
    public void open(Serializable checkpoint) {
        long id = Long.parseLong(importId);
        ImportRecord record = records.get(id);
        record.runningAs(job.getExecutionId());
        if (record.status() == ImportStatus.VALIDATING && record.rowsExpected() == null) {
            // progress while checking: rows done of the rows the file is expected to hold
            record.expectRows(service.expectedRows(service.storedFile(id)));
        }
        records.store(record);
        Club club = clubs.get(record.clubId());
        Athlete athlete = record.athleteId() == null ? null : athletes.get(record.athleteId());
        UploadScanner scanner = service.scanner(service.storedFile(id), club, athlete);
        read = checkpoint instanceof ReaderCheckpoint c ? c.rowsRead() : 0;
        rows = service.rowsAhead(scanner, read);
    }

    /** The next row, parsed and validated ahead on the reading thread; the checkpoint counts only rows handed out. */
    @Override
    public Object readItem() {
        if (step != null && ImportRowWriter.STOPPING.equals(step.getTransientUserData())) {
            return null;
        }
        UploadScanner.Scanned row;
        try {
            row = rows.next();
        } catch (ImportFileException problem) {
            // recorded at once, in a transaction of its own: the chunk's transaction is about to roll back
            if (jobRecords != null) {
                jobRecords.reject(Long.parseLong(importId), problem);
            }
            throw problem;
        }
        if (row != null) {
            read++;
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return new ReaderCheckpoint(read);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
