package app.loadwise.traininglog.roster;

/**
 * A column of a roster file nothing is read from: its sheet (null for CSV), header as written, and place (letter in
 * a workbook, position from 1 in CSV).
 */
public record RosterIgnoredColumn(String sheet, String column, String columnRef) {
}
