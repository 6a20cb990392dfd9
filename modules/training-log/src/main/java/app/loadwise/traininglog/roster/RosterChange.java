package app.loadwise.traininglog.roster;

/**
 * One field of an athlete that a roster import changes.
 *
 * @param field  the field as the athlete API names it ({@code maxHr})
 * @param column the file's column header as written, or null when the change follows from another column
 * @param from   the stored value as the API shows it, null when empty
 * @param to     the value from the file
 */
public record RosterChange(String field, String column, String from, String to) {
}
