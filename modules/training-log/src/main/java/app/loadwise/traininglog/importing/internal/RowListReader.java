package app.loadwise.traininglog.importing.internal;

import java.util.List;

/**
 * Rows built in memory (a bulk call's items: the header row, then one row per item), read as the one sheet of a
 * CSV file is: no sheet name, rows handed out in order.
 */
public final class RowListReader implements SheetReader {

    private final List<RawRow> rows;
    private boolean started;
    private int next;

    public RowListReader(List<RawRow> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean nextSheet() {
        if (started) {
            return false;
        }
        started = true;
        return true;
    }

    @Override
    public String sheetName() {
        return null;
    }

    @Override
    public RawRow nextRow() {
        return started && next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public void close() {
        // nothing held
    }
}
