package app.loadwise.traininglog.plan;

import app.loadwise.traininglog.importing.RowProblem;
import java.util.List;

/**
 * What a plan file does: the athletes' weeks it replaces (each with its planned sessions counted), and every error with
 * its cell. A file with any error writes nothing.
 *
 * @param committed true when the weeks were written (never for a dry run)
 * @param message   the outcome in one sentence
 * @param sheet     the sheet the plan was read from (null for a CSV file)
 */
public record PlanImportResult(String fileName, String format, String sheet, boolean dryRun, boolean committed, String message,
                               int rows, List<PlanImportWeek> weeks, List<RowProblem> errors) {

    public PlanImportResult {
        weeks = List.copyOf(weeks);
        errors = List.copyOf(errors);
    }

    /** One athlete's ISO week of the file: its planned sessions replace what was planned that week. */
    public record PlanImportWeek(long athleteId, String memberId, String name, String week, int sessions, double plannedLoad) {
    }
}
