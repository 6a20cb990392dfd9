package app.loadwise.traininglog.importing.internal;

import java.util.List;

/**
 * The reader of an import's rows, for the batch job and for a small file checked or written at once: streams the
 * rows of the kept upload, parsed and validated ahead on a second thread, and counts the rows handed out (the batch
 * job's checkpoint, so a restart skips exactly the rows of the chunks already committed).
 */
public final class ImportRowSource implements AutoCloseable {

    private final UploadScanner scanner;
    private final RowsAhead rows;
    private long read;

    ImportRowSource(UploadScanner scanner, RowsAhead rows, long skipped) {
        this.scanner = scanner;
        this.rows = rows;
        this.read = skipped;
    }

    /** The next row, or null at the end of the file; a fault in the file is thrown as it is met, placed in the file. */
    public UploadScanner.Scanned next() {
        UploadScanner.Scanned row = rows.next();
        if (row != null) {
            read++;
        }
        return row;
    }

    /** The rows handed out so far, counting those skipped at the start. */
    public long rowsRead() {
        return read;
    }

    /** The layouts of the sheets found so far, in file order; all of them once the rows are read to the end. */
    public List<SheetLayout> layouts() {
        return scanner.layouts();
    }

    /** The sheets passed over because no header row was found in them; all of them once the rows are read to the end. */
    public List<String> sheetsNotRead() {
        return scanner.sheetsNotRead();
    }

    /** Once every row is read: the orders of the file's date columns, or null when no row needed them. */
    public DateOrders dateOrders() {
        return scanner.dateOrdersIfDecided();
    }

    @Override
    public void close() {
        rows.close();
    }
}
