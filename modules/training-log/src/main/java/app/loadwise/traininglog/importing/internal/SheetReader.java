package app.loadwise.traininglog.importing.internal;

import java.io.Closeable;
import java.util.BitSet;

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

    /**
     * Until the next sheet, rows may carry only these columns (the others read as empty): for a pass over a few
     * columns of a large file. A reader that reads every cell at little cost may ignore it.
     */
    default void readOnly(BitSet columns) {
    }

    @Override
    void close();
}
