package app.loadwise.traininglog.importing.internal;

import java.io.Closeable;

/**
 * Pulls rows from an upload, sheet by sheet, without holding more than the current row. A CSV file is one
 * sheet without a name.
 */
public interface SheetReader extends Closeable {

    /** Moves to the next sheet; false when there is none. */
    boolean nextSheet();

    /** The current sheet's name as the user sees it, or null for a CSV file. */
    String sheetName();

    /** The next row of the current sheet, or null at its end. Blank rows may be returned; callers skip them. */
    RawRow nextRow();

    @Override
    void close();
}
