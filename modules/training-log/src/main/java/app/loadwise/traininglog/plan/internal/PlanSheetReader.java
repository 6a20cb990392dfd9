package app.loadwise.traininglog.plan.internal;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.HeaderUnits;
import app.loadwise.traininglog.importing.internal.ImportField;
import app.loadwise.traininglog.importing.internal.RawRow;
import app.loadwise.traininglog.importing.internal.SessionTypes;
import app.loadwise.traininglog.importing.internal.SheetReader;
import app.loadwise.traininglog.importing.internal.TemplateLayout;
import app.loadwise.traininglog.importing.internal.ValueException;
import app.loadwise.traininglog.importing.internal.ValueParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Plan sheet of a workbook (the sheet named {@value TemplateLayout#PLAN_SHEET}; other sheets are left to the
 * session import) or a CSV file of plan rows: finds the header row among the first rows (an athlete column, Date and
 * Type), reads each row with the import's value parsers and checks it as the plan API does. Every value it cannot take
 * is an error on its cell: sheet, row, column header and letter.
 */
public final class PlanSheetReader {

    /** Rows searched for the header row at the top of the sheet. */
    static final int HEADER_SEARCH_ROWS = 20;

    /** The plan's columns and the headers each is known by (normalized as the import normalizes headers). */
    public enum Column {
        MEMBER_ID(ImportField.MEMBER_ID.aliases()),
        NAME(ImportField.ATHLETE_NAME.aliases()),
        DATE(ImportField.DATE.aliases()),
        TYPE(ImportField.TYPE.aliases()),
        MINUTES(List.of("planned", "planned minutes", "planned min", "planned duration", "planned time", "duration", "minutes",
                "mins", "time", "moving", "moving time")),
        INTENDED_RPE(List.of("intended rpe", "planned rpe", "target rpe", "intended effort", "rpe", "effort")),
        DISTANCE(List.of("planned distance", "distance", "km", "kilometres", "kilometers", "dist")),
        NOTE(ImportField.NOTES.aliases());

        private final List<String> aliases;

        Column(List<String> aliases) {
            this.aliases = aliases;
        }

        static Column of(String header) {
            String normalized = ImportField.normalize(header);
            for (Column column : values()) {
                if (column.aliases.contains(normalized)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** One plan row: where it is, the athlete as written (member id or name) and the checked planned session. */
    public record PlanRow(String sheet, int row, String memberId, String name, PlannedSessionDetails details) {
    }

    /** What was read: the rows, every error in file order, and where the athlete and date columns are. */
    public record PlanFile(String sheet, List<PlanRow> rows, List<RowProblem> errors, Map<Column, Integer> columns,
                           List<String> headers) {

        /** An error on the row's cell of the column ("date", "memberId"...). */
        public RowProblem problem(PlanRow row, Column column, String value, String problem, String fix) {
            Integer index = columns.get(column);
            return new RowProblem(sheet, row.row(), index == null ? null : headers.get(index), value, problem, fix,
                    RowProblem.columnRef(sheet, index));
        }
    }

    private final ValueParser values;
    private final int maxRows;

    private PlanSheetReader(ValueParser values, int maxRows) {
        this.values = values;
        this.maxRows = maxRows;
    }

    /**
     * Reads the Plan sheet of {@code reader} (the only sheet of a CSV file). A workbook without a Plan sheet, a sheet
     * without a plan header row, or more than {@code maxRows} rows is refused (422).
     */
    public static PlanFile read(SheetReader reader, ValueParser values, int maxRows) {
        PlanSheetReader plan = new PlanSheetReader(values, maxRows);
        List<String> sheets = new ArrayList<>();
        while (reader.nextSheet()) {
            String sheet = reader.sheetName();
            if (sheet == null || sheet.strip().equalsIgnoreCase(TemplateLayout.PLAN_SHEET)) {
                return plan.readSheet(reader, sheet);
            }
            sheets.add(sheet);
        }
        throw new ImportFileException(422, "the workbook has no sheet named '" + TemplateLayout.PLAN_SHEET + "' (it has "
                + String.join(", ", sheets) + "). Add a Plan sheet with the columns " + String.join(", ", TemplateLayout.PLAN_HEADERS)
                + " (download the template).");
    }

    private PlanFile readSheet(SheetReader reader, String sheet) {
        RawRow row;
        int looked = 0;
        while (looked < HEADER_SEARCH_ROWS && (row = reader.nextRow()) != null) {
            if (row.isBlank()) {
                continue;
            }
            looked++;
            Map<Column, Integer> columns = header(row);
            if (columns.containsKey(Column.DATE) && columns.containsKey(Column.TYPE)
                    && (columns.containsKey(Column.MEMBER_ID) || columns.containsKey(Column.NAME))) {
                List<String> headers = row.cells().stream().map(c -> c == null ? "" : c.strip()).toList();
                return rows(reader, sheet, columns, headers);
            }
        }
        throw new ImportFileException(422, (sheet == null ? "" : "sheet '" + sheet + "': ") + "no header row with Member ID (or Name),"
                + " Date and Type columns was found in the first " + HEADER_SEARCH_ROWS + " rows. A plan needs a header row such as: "
                + String.join(", ", TemplateLayout.PLAN_HEADERS) + " (download the template).");
    }

    /** The plan columns of a header row; the first column of each kind counts. */
    static Map<Column, Integer> header(RawRow row) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            Column column = cell == null ? null : Column.of(cell);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private PlanFile rows(SheetReader reader, String sheet, Map<Column, Integer> columns, List<String> headers) {
        List<PlanRow> rows = new ArrayList<>();
        List<RowProblem> errors = new ArrayList<>();
        // the rows and errors are collected in these lists; the file only places the errors meanwhile
        PlanFile file = new PlanFile(sheet, rows, errors, Map.copyOf(columns), headers);
        RawRow row;
        while ((row = reader.nextRow()) != null) {
            if (row.isBlank()) {
                continue;
            }
            if (rows.size() + 1 > maxRows) {
                throw ImportFileException.tooLarge("the plan has more than " + maxRows + " rows; split it into smaller files.")
                        .at((sheet != null ? "sheet '" + sheet + "', " : "") + "row " + row.number());
            }
            PlanRow read = read(file, row, errors);
            if (read != null) {
                rows.add(read);
            }
        }
        return new PlanFile(sheet, List.copyOf(rows), List.copyOf(errors), Map.copyOf(columns), headers);
    }

    /** The row's planned session, or null with its errors added (one per cell that cannot be read). */
    private PlanRow read(PlanFile file, RawRow row, List<RowProblem> errors) {
        int before = errors.size();
        String member = cell(row, file, Column.MEMBER_ID);
        String name = cell(row, file, Column.NAME);
        if (member == null && name == null) {
            errors.add(at(file, row, file.columns().containsKey(Column.MEMBER_ID) ? Column.MEMBER_ID : Column.NAME, null,
                    "the athlete is missing", "write the athlete's member id (or name) on every row"));
        }
        LocalDate date = value(file, row, Column.DATE, errors, (t, typed, unit) -> values.date(t, typed));
        if (cell(row, file, Column.DATE) == null) {
            errors.add(at(file, row, Column.DATE, null, "date is required", "write the day the session is planned, e.g. 2026-12-15"));
        }
        SessionType type = value(file, row, Column.TYPE, errors, (t, typed, unit) -> t == null ? null : SessionTypes.resolve(t));
        if (type == null && cell(row, file, Column.TYPE) == null) {
            errors.add(at(file, row, Column.TYPE, null, "session type is required", "use one of " + SessionType.codes()));
        }
        Double minutes = value(file, row, Column.MINUTES, errors, values::minutes);
        Integer rpe = value(file, row, Column.INTENDED_RPE, errors, (t, typed, unit) -> values.integer(t, typed));
        Double km = value(file, row, Column.DISTANCE, errors, values::kilometres);
        String note = cell(row, file, Column.NOTE);
        PlanRow planRow = new PlanRow(file.sheet(), row.number(), member, name, null);
        try {
            // a date or type already reported stands in as a placeholder, so the other values are still checked
            PlannedSessionDetails details = new PlannedSessionDetails(date == null ? LocalDate.EPOCH : date,
                    type == null ? SessionType.REST : type, minutes, rpe, km, note);
            return errors.size() > before ? null : new PlanRow(file.sheet(), row.number(), member, name, details);
        } catch (InvalidValueException e) {
            Column column = switch (e.field()) {
                case "minutes" -> Column.MINUTES;
                case "intendedRpe" -> Column.INTENDED_RPE;
                case "distanceKm" -> Column.DISTANCE;
                case "note" -> Column.NOTE;
                case "type" -> Column.TYPE;
                default -> Column.DATE;
            };
            errors.add(file.problem(planRow, column, cell(row, file, column), e.getMessage(), fixFor(column)));
            return null;
        }
    }

    private static String fixFor(Column column) {
        return switch (column) {
            case MINUTES -> "write the planned moving time in minutes (a rest day needs none)";
            case INTENDED_RPE -> "use the CR-10 scale: 0 (rest) to 10 (maximal)";
            case DISTANCE -> "write the planned distance in km";
            case NOTE -> "shorten the note";
            default -> null;
        };
    }

    /** A parser of one cell: its text, whether the spreadsheet typed it (a number or date cell), the header's unit. */
    private interface CellParser<T> {
        T parse(String text, boolean typed, String unit);
    }

    private <T> T value(PlanFile file, RawRow row, Column column, List<RowProblem> errors, CellParser<T> parser) {
        Integer index = file.columns().get(column);
        if (index == null) {
            return null;
        }
        String text = row.cell(index);
        try {
            return parser.parse(text == null || text.isBlank() ? null : text.strip(), row.typed(index),
                    HeaderUnits.unit(file.headers().get(index)));
        } catch (ValueException e) {
            errors.add(at(file, row, column, text, e.getMessage(), e.fix()));
            return null;
        } catch (InvalidValueException e) {
            errors.add(at(file, row, column, text, e.getMessage(), fixFor(column)));
            return null;
        }
    }

    private static RowProblem at(PlanFile file, RawRow row, Column column, String value, String problem, String fix) {
        return file.problem(new PlanRow(file.sheet(), row.number(), null, null, null), column, value, problem, fix);
    }

    private static String cell(RawRow row, PlanFile file, Column column) {
        Integer index = file.columns().get(column);
        String text = index == null ? null : row.cell(index);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
