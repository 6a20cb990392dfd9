package app.loadwise.traininglog.roster;

import app.loadwise.traininglog.importing.RowProblem;
import java.util.List;

/**
 * What a roster file does to the club: the athletes it creates, updates (with each change) and leaves unchanged,
 * every error with its cell, and the columns and sheets nothing was read from.
 *
 * @param committed     true when the athletes were written (never for a dry run)
 * @param message       the outcome in one sentence
 * @param ignoredSheets sheets of a workbook without a roster header row
 */
public record RosterImportResult(String fileName, String format, boolean dryRun, boolean committed, String message,
                                 RosterCounts counts, List<RosterEntry> create, List<RosterEntry> update,
                                 List<RosterEntry> unchanged, List<RowProblem> errors,
                                 List<RosterIgnoredColumn> ignoredColumns, List<String> ignoredSheets) {

    public RosterImportResult {
        create = List.copyOf(create);
        update = List.copyOf(update);
        unchanged = List.copyOf(unchanged);
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
        ignoredSheets = List.copyOf(ignoredSheets);
    }
}
