package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.RowProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to read one sheet: its recognised format, what its rows describe, the header row, which column holds which
 * field and in which unit, and the format's conventions.
 *
 * @param utcTimes      date-times in the file are UTC (Strava) and must be moved to the athlete's zone
 * @param fourPointScale wellness items are on intervals.icu's 1–4 scale rather than Hooper's 1–7
 * @param singleAthlete  the file belongs to one athlete, named by the upload (Garmin, Strava, intervals.icu)
 * @param notes          what the sheet as a whole calls for saying (a date column read month first), warned once
 * @param highIs         for a Hooper item whose header states a scale but not its direction, the direction a saved
 *                       mapping answers for it; a stated scale with neither is not read (see {@link RowInterpreter})
 */
public record SheetLayout(ImportFormat format, SheetKind kind, int headerRow, List<String> headers,
                          Map<ImportField, Integer> columns, Map<ImportField, String> units, boolean utcTimes,
                          boolean fourPointScale, boolean singleAthlete, List<String> notes,
                          Map<ImportField, HeaderScale.Direction> highIs) {

    public SheetLayout(ImportFormat format, SheetKind kind, int headerRow, List<String> headers, Map<ImportField, Integer> columns,
                       Map<ImportField, String> units, boolean utcTimes, boolean fourPointScale, boolean singleAthlete,
                       List<String> notes) {
        this(format, kind, headerRow, headers, columns, units, utcTimes, fourPointScale, singleAthlete, notes, Map.of());
    }

    public SheetLayout(ImportFormat format, SheetKind kind, int headerRow, List<String> headers, Map<ImportField, Integer> columns,
                       Map<ImportField, String> units, boolean utcTimes, boolean fourPointScale, boolean singleAthlete) {
        this(format, kind, headerRow, headers, columns, units, utcTimes, fourPointScale, singleAthlete, List.of());
    }

    public SheetLayout {
        notes = List.copyOf(notes);
        headers = List.copyOf(headers);
        columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
        units = units.isEmpty() ? Map.of() : new EnumMap<>(units);
        highIs = highIs.isEmpty() ? Map.of() : new EnumMap<>(highIs);
    }

    /** This layout with a note added. */
    public SheetLayout withNote(String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return new SheetLayout(format, kind, headerRow, headers, columns, units, utcTimes, fourPointScale, singleAthlete, all, highIs);
    }

    public Integer column(ImportField field) {
        return columns.get(field);
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /** The header text of the column holding a field, as the user wrote it. */
    public String header(ImportField field) {
        Integer column = columns.get(field);
        return column == null || column >= headers.size() ? null : headers.get(column);
    }

    /** Where the column holding a field is: its letter in a sheet of a workbook, its position in CSV (sheet null). */
    public String columnRef(ImportField field, String sheet) {
        return RowProblem.columnRef(sheet, columns.get(field));
    }

    public String unit(ImportField field) {
        return units.get(field);
    }

    /**
     * The headers of the columns no field is read from, as written in the file, in column order: columns no alias or
     * mapping names, a second column for a field already taken, columns a preferred one makes redundant
     * ({@code sleepSecs} beside sleep hours, a timestamp beside a date), and columns mapped to a field the sheet's
     * rows never read (see {@link #reads}).
     */
    public List<String> ignoredHeaders() {
        List<String> ignored = new ArrayList<>();
        for (int column : ignoredColumns()) {
            ignored.add(headers.get(column));
        }
        return ignored;
    }

    /**
     * Whether the rows of a kind of sheet read a field: a training sheet reads every field but a form's timestamp
     * (its day's wellness included: the Hooper items, sleep, HR, HRV and a pain note); a wellness sheet its own fields,
     * the athlete, the date and a note. A column mapped to a field its sheet never reads is listed as ignored.
     */
    static boolean reads(SheetKind kind, ImportField field) {
        return kind == SheetKind.SESSIONS ? field != ImportField.TIMESTAMP : field.in(SheetKind.WELLNESS);
    }

    /** The indexes (from 0) of the columns {@link #ignoredHeaders()} names, in column order. */
    public List<Integer> ignoredColumns() {
        Set<Integer> used = new HashSet<>();
        columns.forEach((field, column) -> {
            boolean redundant = (field == ImportField.SLEEP_SECS && columns.containsKey(ImportField.SLEEP_HOURS))
                    || (field == ImportField.TIMESTAMP && columns.containsKey(ImportField.DATE));
            if (!redundant && reads(kind, field)) {
                used.add(column);
            }
        });
        List<Integer> ignored = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            if (header != null && !header.isBlank() && !used.contains(column)) {
                ignored.add(column);
            }
        }
        return ignored;
    }
}
