package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.internal.store.ImportCounts;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import java.util.List;

/**
 * The writer of an import's rows, for the batch job and for a small file checked or written at once: checks or
 * writes one chunk in the current transaction and adds its counts, formats, ignored columns and progress to the
 * import record, and in a commit says in its message how many values were added to wellness entries already in the log. Safe to run twice: rows an earlier attempt wrote are recognised by import id and row. A stop asked
 * for (on any instance) is seen after the chunk: the import is marked stopped with it.
 */
public final class ImportChunkWriter {

    private final ImportRun run;
    private final ImportRecordRepository records;
    private final long importId;
    /** Whether the values this import added to earlier wellness entries were counted into its message in this run. */
    private boolean addedCounted;

    ImportChunkWriter(ImportRun run, ImportRecordRepository records, long importId) {
        this.run = run;
        this.records = records;
        this.importId = importId;
    }

    /** The run behind the writer: counts, preview, warnings, notes and groups of every chunk written so far. */
    public ImportRun run() {
        return run;
    }

    /**
     * Once every row is read: the sheets passed over for want of a header row are said as warnings of the run; they
     * and, in a check, the orders of the date columns (if a row needed them) are kept with the import.
     */
    public void endOfRows(List<String> sheetsNotRead, DateOrders dateOrders) {
        if (!sheetsNotRead.isEmpty()) {
            run.sheetsNotRead(sheetsNotRead);
        }
        ImportRecord record = records.get(importId);
        noteEndOfRows(record, sheetsNotRead, dateOrders, run.mode());
        records.store(record);
    }

    /**
     * Keeps with an import what is known once every row is read: the sheets not read, as sheets with no column listed
     * among its ignored columns (a sheet that is read is listed there only with the columns nothing is read from);
     * and, after a check, the orders of the date columns, so the commit reads the file once (null: no row needed them).
     */
    public static void noteEndOfRows(ImportRecord record, List<String> sheetsNotRead, DateOrders dateOrders, ImportRun.Mode mode) {
        for (String sheet : sheetsNotRead) {
            record.noteIgnoredColumns(sheet, List.of());
        }
        if (mode == ImportRun.Mode.DRY_RUN && dateOrders != null && record.dateOrders() == null) {
            record.noteDateOrders(dateOrders.encode());
        }
    }

    /** Checks or writes one chunk of rows, in file order; answers whether the import was stopped with it. */
    public boolean write(List<UploadScanner.Scanned> rows) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.STOPPED) {
            throw new IllegalStateException("import " + importId + " was stopped; its job ends here");
        }
        ImportCounts counts = run.process(rows);
        if (run.mode() == ImportRun.Mode.COMMIT && (run.chunkAddedToEarlierEntries() || !addedCounted)) {
            // counted once per run (an earlier attempt may have added values) and again whenever a chunk adds some
            long added = run.valuesAddedToEarlierEntries();
            if (added > 0) {
                record.valuesAddedToEarlierEntries(added);
            }
            addedCounted = true;
        }
        rows.stream().map(r -> r.layout().format().code()).distinct().forEach(record::noteFormat);
        run.ignoredColumns().forEach(c -> record.noteIgnoredColumns(c.sheet(), c.columns()));
        record.addChunk(counts, record.rowsDone() + rows.size());
        boolean stopped = record.stopRequested();
        if (stopped) {
            record.stopped();
        }
        records.store(record);
        return stopped;
    }
}
