package app.loadwise.traininglog.importing.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How to read one sheet: its recognised format, what its rows describe, the header row, which column holds which
 * field and in which unit, and the format's conventions.
 *
 * @param utcTimes      date-times in the file are UTC (Strava) and must be moved to the athlete's zone
 * @param fourPointScale wellness items are on intervals.icu's 1–4 scale rather than Hooper's 1–7
 * @param singleAthlete  the file belongs to one athlete, named by the upload (Garmin, Strava, intervals.icu)
 */
public record SheetLayout(ImportFormat format, SheetKind kind, int headerRow, List<String> headers,
                          Map<Field, Integer> columns, Map<Field, String> units, boolean utcTimes,
                          boolean fourPointScale, boolean singleAthlete) {

    public SheetLayout {
        headers = List.copyOf(headers);
        columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
        units = units.isEmpty() ? Map.of() : new EnumMap<>(units);
    }

    public Integer column(Field field) {
        return columns.get(field);
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** The header text of the column holding a field, as the user wrote it. */
    public String header(Field field) {
        Integer column = columns.get(field);
        return column == null || column >= headers.size() ? null : headers.get(column);
    }

    public String unit(Field field) {
        return units.get(field);
    }
}
