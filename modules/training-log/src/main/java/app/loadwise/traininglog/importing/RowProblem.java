package app.loadwise.traininglog.importing;

/**
 * What is wrong with one value of one row, located as the user sees it: the sheet (null for CSV), the row number
 * in the spreadsheet program, the column header and the value; with how to fix it.
 */
public record RowProblem(String sheet, int row, String column, String value, String problem, String fix) {

    public RowProblem {
        value = value != null && value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }

    /** "Sessions row 12, column 'RPE': ..." — one line for logs and messages. */
    public String describe() {
        return (sheet != null ? sheet + " " : "") + "row " + row + (column != null ? ", column '" + column + "'" : "")
                + (value != null ? " ('" + value + "')" : "") + ": " + problem + (fix != null ? " " + fix : "");
    }
}
