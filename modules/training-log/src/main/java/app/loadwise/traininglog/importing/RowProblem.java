package app.loadwise.traininglog.importing;

/**
 * What is wrong with one value of one row, located as the user sees it: the sheet (null for CSV), the row number
 * in the spreadsheet program, the column header and the value; with how to fix it.
 *
 * @param columnRef where the column is: its letter in an .xlsx sheet ("D"), its position counted from 1 in a CSV
 *                  file ("4"); null when the problem is not of one column (or was stored before columns were placed)
 */
public record RowProblem(String sheet, int row, String column, String value, String problem, String fix, String columnRef) {

    public RowProblem {
        value = value != null && value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }

    /**
     * The place of the column at {@code index} (counted from 0): its letter in a workbook's sheet ("A", "Z", "AA"),
     * its position counted from 1 in a CSV file (whose rows have no sheet); null for no column.
     */
    public static String columnRef(String sheet, Integer index) {
        if (index == null || index < 0) {
            return null;
        }
        if (sheet == null) {
            return Integer.toString(index + 1);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** "column D 'RPE'" (xlsx) or "column 4 'RPE'" (CSV); "column 'RPE'" when the place is not known; null without a column. */
    public static String columnText(String columnRef, String column) {
        if (column == null) {
            return null;
        }
        return "column " + (columnRef != null ? columnRef + " " : "") + "'" + column + "'";
    }
}
