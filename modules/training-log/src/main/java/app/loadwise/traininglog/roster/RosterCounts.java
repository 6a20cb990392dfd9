package app.loadwise.traininglog.roster;

/** How many data rows a roster file has, and how many athletes it creates, updates and leaves unchanged; its errors. */
public record RosterCounts(int rows, int create, int update, int unchanged, int errors) {
}
