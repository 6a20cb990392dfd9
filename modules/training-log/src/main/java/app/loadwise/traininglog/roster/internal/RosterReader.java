package app.loadwise.traininglog.roster.internal;

import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.RawRow;
import app.loadwise.traininglog.importing.internal.SheetReader;
import app.loadwise.traininglog.importing.internal.ValueException;
import app.loadwise.traininglog.importing.internal.ValueParser;
import app.loadwise.traininglog.roster.RosterIgnoredColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a roster file sheet by sheet: finds the header row (a member id column and at least one other roster
 * column among the first rows), reads every data row's cells with the athlete API's own checks, and reports each
 * value it cannot take as an error on its cell. A member id on more than one row is an error on each of them.
 */
public final class RosterReader {

    /** Rows searched for the header row at the top of a sheet (titles and notes may come first). */
    static final int HEADER_SEARCH_ROWS = 20;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+(\\.0+)?");

    /** What was read from a file: its rows, every error with its place, and what was not read. */
    public record RosterFile(List<RosterRow> rows, List<Placed> errors, List<RosterIgnoredColumn> ignoredColumns,
                             List<String> ignoredSheets) {
    }

    private final ValueParser values;
    private final int maxRows;
    private final List<RosterRow> rows = new ArrayList<>();
    private final List<Placed> errors = new ArrayList<>();
    private int sheetIndex = -1;
    private final List<RosterIgnoredColumn> ignored = new ArrayList<>();
    private final List<String> ignoredSheets = new ArrayList<>();

    private RosterReader(ValueParser values, int maxRows) {
        this.values = values;
        this.maxRows = maxRows;
    }

    /** Reads every sheet of {@code reader}; a file with no roster header row, or too many rows, is refused (422). */
    public static RosterFile read(SheetReader reader, ValueParser values, int maxRows) {
        RosterReader roster = new RosterReader(values, maxRows);
        boolean found = false;
        while (reader.nextSheet()) {
            found |= roster.readSheet(reader);
        }
        if (!found) {
            throw new ImportFileException(422, "no header row with a member id column was found in the first "
                    + HEADER_SEARCH_ROWS + " rows" + (reader.sheetName() == null ? "" : " of any sheet")
                    + ". A roster needs a header row such as: Member ID, Name, Sex, Birth year, Level, Max HR, Resting HR,"
                    + " Time zone (download the roster template).");
        }
        roster.markDuplicates();
        return new RosterFile(List.copyOf(roster.rows), List.copyOf(roster.errors), List.copyOf(roster.ignored),
                List.copyOf(roster.ignoredSheets));
    }

    private boolean readSheet(SheetReader reader) {
        String sheet = reader.sheetName();
        sheetIndex++;
        Map<RosterColumn, Integer> columns = null;
        List<String> headers = null;
        int searched = 0;
        RawRow raw;
        while ((raw = reader.nextRow()) != null) {
            if (raw.isBlank()) {
                continue;
            }
            if (columns == null) {
                if (searched++ == HEADER_SEARCH_ROWS) {
                    break;
                }
                Map<RosterColumn, Integer> found = columnsOf(raw);
                if (found.containsKey(RosterColumn.MEMBER_ID) && found.size() > 1) {
                    columns = found;
                    headers = raw.cells();
                    listIgnored(sheet, headers, columns);
                }
                continue;
            }
            if (columnsOf(raw).equals(columns)) {
                // the header again (sheets pasted one under another): not an athlete
                continue;
            }
            if (rows.size() == maxRows) {
                throw new ImportFileException(422, "the roster has more than " + maxRows + " athletes"
                        + (sheet == null ? "" : " (at sheet '" + sheet + "', row " + raw.number() + ")")
                        + "; split it into files of at most " + maxRows + " rows.");
            }
            rows.add(readRow(sheet, raw, headers, columns));
        }
        if (columns == null) {
            if (sheet != null) {
                ignoredSheets.add(sheet);
            }
            return false;
        }
        return true;
    }

    private static Map<RosterColumn, Integer> columnsOf(RawRow raw) {
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < raw.cells().size(); i++) {
            RosterColumn column = RosterColumn.of(raw.cell(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private void listIgnored(String sheet, List<String> headers, Map<RosterColumn, Integer> columns) {
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header != null && !header.isBlank() && !columns.containsValue(i)) {
                ignored.add(new RosterIgnoredColumn(sheet, header.strip(), RowProblem.columnRef(sheet, i)));
            }
        }
    }

    private RosterRow readRow(String sheet, RawRow raw, List<String> headers, Map<RosterColumn, Integer> columns) {
        Map<RosterColumn, RosterRow.Cell> cells = new EnumMap<>(RosterColumn.class);
        columns.forEach((column, index) -> cells.put(column, new RosterRow.Cell(headers.get(index).strip(),
                RowProblem.columnRef(sheet, index), index, asWritten(raw, index))));
        Row row = new Row(sheet, raw, cells);
        String memberId = row.read(RosterColumn.MEMBER_ID, RosterReader::memberId);
        if (memberId == null && row.ok && cells.containsKey(RosterColumn.MEMBER_ID)) {
            row.error(RosterColumn.MEMBER_ID, "the member id is missing",
                    "write the athlete's member id: athletes are matched to the club's by it");
        }
        String name = row.read(RosterColumn.NAME, RosterReader::name);
        Sex sex = row.read(RosterColumn.SEX, text -> ValueParser.clean(text) == null ? null : Sex.fromCode(text.strip(), "sex"));
        Integer birthYear = row.read(RosterColumn.BIRTH_YEAR, this::birthYear);
        RosterColumn birthYearColumn = birthYear != null ? RosterColumn.BIRTH_YEAR : null;
        Integer fromDate = row.read(RosterColumn.BIRTH_DATE, this::birthYear);
        if (fromDate != null) {
            if (birthYear == null) {
                birthYear = fromDate;
                birthYearColumn = RosterColumn.BIRTH_DATE;
            } else if (!birthYear.equals(fromDate)) {
                row.error(RosterColumn.BIRTH_DATE, "the birth date's year " + fromDate + " differs from the birth year "
                        + birthYear + " in column " + cells.get(RosterColumn.BIRTH_YEAR).ref() + " '"
                        + cells.get(RosterColumn.BIRTH_YEAR).header() + "'", "correct one of the two");
            }
        }
        ExperienceLevel level = row.read(RosterColumn.LEVEL,
                text -> ValueParser.clean(text) == null ? null : ExperienceLevel.fromCode(text, "level"));
        Integer maxHr = row.read(RosterColumn.MAX_HR, this::maxHr);
        Integer restingHr = row.read(RosterColumn.RESTING_HR, this::restingHr);
        ZoneId zone = row.read(RosterColumn.TIME_ZONE, text -> ValueParser.clean(text) == null ? null : Club.parseTimeZone(text));
        return new RosterRow(sheet, raw.number(), cells, memberId, name, sex, birthYear, birthYearColumn, level, maxHr,
                restingHr, zone, row.ok, sheetIndex);
    }

    /** A cell's text as the spreadsheet shows it: a whole number the workbook stored as 1850.0 is 1850. */
    private static String asWritten(RawRow raw, int index) {
        String text = raw.cell(index);
        if (text != null && raw.typed(index) && WHOLE.matcher(text).matches()) {
            return new BigDecimal(text).toBigInteger().toString();
        }
        return text;
    }

    /** The member id as text, checked as the athlete API checks it. */
    private static String memberId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String id = text.strip();
        InvalidValueException.require(id.length() <= 64, "memberId", "member id must be at most 64 characters");
        return id;
    }

    private static String name(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // the athlete API's own check of a name
        return new AthleteProfile(text, null, null, ExperienceLevel.BEGINNER, null, null, null).name();
    }

    /** A year (1990), or the year of a date (1990-05-14, 14.05.1990, a date cell); checked as the athlete API checks it. */
    private Integer birthYear(String text, boolean typed) {
        String t = ValueParser.clean(text);
        if (t == null) {
            return null;
        }
        int year;
        if (YEAR.matcher(t).matches() || typed && WHOLE.matcher(t).matches()) {
            year = values.integer(t, typed);
        } else {
            try {
                LocalDate date = values.date(t, typed);
                year = date.getYear();
            } catch (ValueException notADate) {
                throw new ValueException("'" + text.strip() + "' is not a year or a date",
                        "write the year of birth (1990) or the birth date (YYYY-MM-DD)");
            }
        }
        new AthleteProfile("x", null, year, ExperienceLevel.BEGINNER, null, null, null);
        return year;
    }

    private Integer maxHr(String text, boolean typed) {
        Integer bpm = beatsPerMinute(text, typed);
        new AthleteProfile("x", null, null, ExperienceLevel.BEGINNER, bpm, null, null);
        return bpm;
    }

    private Integer restingHr(String text, boolean typed) {
        Integer bpm = beatsPerMinute(text, typed);
        new AthleteProfile("x", null, null, ExperienceLevel.BEGINNER, null, bpm, null);
        return bpm;
    }

    private Integer beatsPerMinute(String text, boolean typed) {
        String t = ValueParser.clean(text);
        if (t == null) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith("bpm")) {
            t = t.substring(0, t.length() - 3).strip();
        }
        return values.integer(t, typed);
    }

    private void markDuplicates() {
        Map<String, List<RosterRow>> byMember = rows.stream().filter(r -> r.memberId() != null)
                .collect(Collectors.groupingBy(RosterRow::memberId, LinkedHashMap::new, Collectors.toList()));
        for (int i = 0; i < rows.size(); i++) {
            RosterRow row = rows.get(i);
            List<RosterRow> same = row.memberId() == null ? List.of() : byMember.get(row.memberId());
            if (same.size() < 2) {
                continue;
            }
            String others = same.stream().filter(r -> r != row).map(r -> place(r, row.sheet())).collect(Collectors.joining(", "));
            RosterRow.Cell cell = row.cell(RosterColumn.MEMBER_ID);
            errors.add(new Placed(row.sheetIndex(), row.row(), cell.index(), new RowProblem(row.sheet(), row.row(), cell.header(),
                    cell.text(), "member id '" + row.memberId() + "' is also on " + others,
                    "keep one row per athlete: merge the rows or correct the member id", cell.ref())));
            rows.set(i, row.invalid());
        }
    }

    private static String place(RosterRow row, String sheetOfOther) {
        return (row.sheet() != null && !row.sheet().equals(sheetOfOther) ? "sheet '" + row.sheet() + "' " : "") + "row " + row.row();
    }

    /** A value reader that may throw the import's or the domain's errors. */
    @FunctionalInterface
    private interface CellReader<T> {
        T read(String text, boolean typed);
    }

    @FunctionalInterface
    private interface TextReader<T> {
        T read(String text);
    }

    /** The row being read: its cells, and whether every one could be read. */
    private final class Row {
        private final String sheet;
        private final RawRow raw;
        private final Map<RosterColumn, RosterRow.Cell> cells;
        private boolean ok = true;

        Row(String sheet, RawRow raw, Map<RosterColumn, RosterRow.Cell> cells) {
            this.sheet = sheet;
            this.raw = raw;
            this.cells = cells;
        }

        <T> T read(RosterColumn column, TextReader<T> reader) {
            return read(column, (text, typed) -> reader.read(text));
        }

        <T> T read(RosterColumn column, CellReader<T> reader) {
            RosterRow.Cell cell = cells.get(column);
            if (cell == null) {
                return null;
            }
            try {
                return reader.read(cell.text(), raw.typed(cell.index()));
            } catch (ValueException e) {
                error(column, e.getMessage(), e.fix());
            } catch (InvalidValueException e) {
                String[] parts = RosterProblems.split(e.getMessage());
                error(column, parts[0], parts[1] != null ? parts[1] : RosterProblems.fixOf(column));
            }
            return null;
        }

        void error(RosterColumn column, String problem, String fix) {
            RosterRow.Cell cell = cells.get(column);
            errors.add(new Placed(sheetIndex, raw.number(), cell.index(),
                    new RowProblem(sheet, raw.number(), cell.header(), cell.text(), problem, fix, cell.ref())));
            ok = false;
        }
    }
}
