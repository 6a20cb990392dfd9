package app.loadwise.traininglog.importing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a sheet's format from its header row: the Loadwise template, Garmin Connect and Strava activity
 * exports, intervals.icu wellness and wellness form exports; a club's saved mapping; otherwise maps columns by
 * their aliases. Finds the header row below title rows.
 */
public final class FormatDetector {

    /** How many non-blank rows at the top of a sheet may hold titles before the header row. */
    public static final int HEADER_SEARCH_ROWS = 30;

    /**
     * A club's saved mapping: the normalized headers it was made for, header to field, and for a header stating a scale
     * without a direction, which end the mapping says is the worst.
     */
    public record SavedMapping(String name, String signature, Map<String, ImportField> fields, Map<String, HeaderScale.Direction> highIs) {
    }

    private final List<SavedMapping> saved;

    public FormatDetector(List<SavedMapping> saved) {
        this.saved = List.copyOf(saved);
    }

    /** The normalized header row, the key under which a saved mapping is found again. */
    public static String signature(List<String> headers) {
        List<String> normalized = new ArrayList<>();
        for (String header : headers) {
            normalized.add(ImportField.normalize(header));
        }
        while (!normalized.isEmpty() && normalized.get(normalized.size() - 1).isEmpty()) {
            normalized.remove(normalized.size() - 1);
        }
        return String.join("|", normalized);
    }

    /** The layout if this row is a header row, else null. */
    public SheetLayout detect(String sheetName, RawRow row) {
        if (sheetName != null && sheetName.strip().equalsIgnoreCase(TemplateLayout.PLAN_SHEET)) {
            return null; // planned sessions, not sessions done: the plan upload reads this sheet
        }
        List<String> headers = new ArrayList<>();
        for (String cell : row.cells()) {
            headers.add(cell == null ? "" : cell.strip());
        }
        Set<String> raw = new HashSet<>(headers);
        int number = row.number();
        String signature = signature(headers);
        for (SavedMapping mapping : saved) {
            if (mapping.signature().equals(signature)) {
                return fromSaved(number, headers, mapping);
            }
        }
        if (raw.contains("Activity ID") && raw.contains("Activity Date") && raw.contains("Activity Type")) {
            return strava(number, headers);
        }
        if (raw.contains("Activity Type") && raw.contains("Date") && raw.contains("Title")) {
            return garmin(number, headers);
        }
        if (raw.contains("date") && (raw.contains("restingHR") || raw.contains("sleepSecs") || raw.contains("hrv"))) {
            SheetLayout mapped = byAliases(number, headers, SheetKind.WELLNESS);
            if (mapped == null) {
                return null;
            }
            // intervals.icu's "injury" is a 1–4 score, not a note
            Map<ImportField, Integer> columns = new EnumMap<>(mapped.columns());
            columns.remove(ImportField.PAIN_NOTE);
            columns.remove(ImportField.MEMBER_ID);
            columns.remove(ImportField.ATHLETE_NAME);
            return new SheetLayout(ImportFormat.INTERVALS_WELLNESS, SheetKind.WELLNESS, number, headers, columns,
                    mapped.units(), false, true, true);
        }
        if (headers.subList(0, Math.min(headers.size(), TemplateLayout.SESSION_HEADERS.size())).equals(TemplateLayout.SESSION_HEADERS)) {
            SheetLayout mapped = byAliases(number, headers, SheetKind.SESSIONS);
            return with(mapped, ImportFormat.LOADWISE_TEMPLATE, false, false);
        }
        if (headers.subList(0, Math.min(headers.size(), TemplateLayout.WELLNESS_HEADERS.size())).equals(TemplateLayout.WELLNESS_HEADERS)) {
            SheetLayout mapped = byAliases(number, headers, SheetKind.WELLNESS);
            return with(mapped, ImportFormat.LOADWISE_TEMPLATE, false, false);
        }
        SheetLayout sessions = byAliases(number, headers, SheetKind.SESSIONS);
        SheetLayout wellness = byAliases(number, headers, SheetKind.WELLNESS);
        SheetLayout best = sessions == null ? wellness
                : wellness == null ? sessions
                : isTrainingLog(sessions) || wellnessScore(wellness) <= sessionScore(sessions) ? sessions : wellness;
        if (best != null && best.kind() == SheetKind.WELLNESS && best.has(ImportField.TIMESTAMP)) {
            return with(best, ImportFormat.WELLNESS_FORM, false, false);
        }
        return best;
    }

    /** A sheet naming the session type and its duration, distance or effort is a training log, whatever else it holds. */
    private static boolean isTrainingLog(SheetLayout sessions) {
        return sessions.has(ImportField.TYPE)
                && (sessions.has(ImportField.MOVING) || sessions.has(ImportField.DISTANCE) || sessions.has(ImportField.RPE));
    }

    private static int sessionScore(SheetLayout layout) {
        return (int) layout.columns().keySet().stream().filter(f -> f.in(SheetKind.SESSIONS) && !f.in(SheetKind.WELLNESS)).count();
    }

    private static int wellnessScore(SheetLayout layout) {
        return (int) layout.columns().keySet().stream().filter(f -> f.in(SheetKind.WELLNESS) && !f.in(SheetKind.SESSIONS)).count();
    }

    private static SheetLayout with(SheetLayout layout, ImportFormat format, boolean fourPointScale, boolean singleAthlete) {
        return new SheetLayout(format, layout.kind(), layout.headerRow(), layout.headers(), layout.columns(), layout.units(),
                layout.utcTimes(), fourPointScale, singleAthlete);
    }

    private record Candidate(int rank, int column, ImportField field) {
    }

    /** Columns of a training sheet that hold a wellness value of the day, by alias, most specific first. */
    private static List<Candidate> wellnessCandidates(List<String> headers) {
        List<Candidate> candidates = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            String normalized = ImportField.normalize(headers.get(column));
            String bare = ImportField.normalize(HeaderScale.withoutScale(headers.get(column)));
            for (ImportField field : ImportField.WELLNESS_VALUES) {
                int rank = normalized.isEmpty() ? -1 : field.rank(normalized);
                if (rank < 0 && !bare.isEmpty()) {
                    rank = field.rank(bare);
                }
                if (rank >= 0) {
                    candidates.add(new Candidate(rank, column, field));
                }
            }
        }
        candidates.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank()) : Integer.compare(a.column(), b.column()));
        return candidates;
    }

    /** Maps columns by alias: each field takes the column whose header is its most specific alias. */
    static SheetLayout byAliases(int headerRow, List<String> headers, SheetKind kind) {
        List<Candidate> candidates = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            String normalized = ImportField.normalize(headers.get(column));
            if (normalized.isEmpty()) {
                continue;
            }
            int found = candidates.size();
            for (ImportField field : ImportField.values()) {
                int rank = field.in(kind) ? field.rank(normalized) : -1;
                if (rank >= 0) {
                    candidates.add(new Candidate(rank, column, field));
                }
            }
            if (candidates.size() == found) {
                // "Mood 1–10", "Fatigue 1=fresh 5=exhausted": the header without the scale it states
                String bare = ImportField.normalize(HeaderScale.withoutScale(headers.get(column)));
                for (ImportField field : ImportField.values()) {
                    int rank = field.in(kind) && !bare.equals(normalized) ? field.rank(bare) : -1;
                    if (rank >= 0) {
                        candidates.add(new Candidate(rank, column, field));
                    }
                }
            }
        }
        candidates.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank()) : Integer.compare(a.column(), b.column()));
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Set<Integer> used = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!columns.containsKey(candidate.field()) && used.add(candidate.column())) {
                columns.put(candidate.field(), candidate.column());
            } else if (!columns.containsKey(candidate.field())) {
                continue;
            }
        }
        if (kind == SheetKind.SESSIONS) {
            // wellness columns on a training sheet (sleep, morning HR, fatigue...) become the day's wellness entry
            for (Candidate candidate : wellnessCandidates(headers)) {
                if (!columns.containsKey(candidate.field()) && !used.contains(candidate.column())) {
                    columns.put(candidate.field(), candidate.column());
                    used.add(candidate.column());
                }
            }
        }
        boolean dated = columns.containsKey(ImportField.DATE) || columns.containsKey(ImportField.TIMESTAMP);
        boolean valid = kind == SheetKind.SESSIONS
                ? dated && (columns.containsKey(ImportField.TYPE) || columns.containsKey(ImportField.MOVING)
                        || columns.containsKey(ImportField.DISTANCE))
                : dated && columns.keySet().stream().anyMatch(f -> f.in(SheetKind.WELLNESS) && !f.in(SheetKind.SESSIONS)
                        && f != ImportField.TIMESTAMP);
        if (!valid || columns.size() < 2) {
            return null;
        }
        return new SheetLayout(ImportFormat.MAPPED, kind, headerRow, headers, columns, units(headers, columns), false, false, false);
    }

    private static Map<ImportField, String> units(List<String> headers, Map<ImportField, Integer> columns) {
        Map<ImportField, String> units = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            String unit = HeaderUnits.unit(headers.get(column));
            if (unit != null) {
                units.put(field, unit);
            }
        });
        return units;
    }

    private static SheetLayout fromSaved(int headerRow, List<String> headers, SavedMapping mapping) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        // the mapping was found by the normalized header row, so its columns are found the same way
        Map<String, ImportField> byHeader = new HashMap<>();
        mapping.fields().forEach((header, field) -> byHeader.putIfAbsent(ImportField.normalize(header), field));
        for (int column = 0; column < headers.size(); column++) {
            ImportField field = mapping.fields().get(headers.get(column));
            if (field == null) {
                field = byHeader.get(ImportField.normalize(headers.get(column)));
            }
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, column);
            }
        }
        Map<ImportField, HeaderScale.Direction> highIs = new EnumMap<>(ImportField.class);
        mapping.highIs().forEach((header, direction) -> {
            ImportField field = mapping.fields().get(header);
            if (field != null && columns.containsKey(field)) {
                highIs.put(field, direction);
            }
        });
        boolean wellness = columns.keySet().stream().anyMatch(f -> f.in(SheetKind.WELLNESS) && !f.in(SheetKind.SESSIONS));
        boolean sessions = columns.keySet().stream().anyMatch(f -> f.in(SheetKind.SESSIONS) && !f.in(SheetKind.WELLNESS));
        SheetKind kind = wellness && !sessions ? SheetKind.WELLNESS : SheetKind.SESSIONS;
        return new SheetLayout(ImportFormat.SAVED_MAPPING, kind, headerRow, headers, columns, units(headers, columns),
                false, false, false, List.of(), highIs);
    }

    private static SheetLayout garmin(int headerRow, List<String> headers) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Map<ImportField, String> units = new EnumMap<>(ImportField.class);
        put(columns, ImportField.TYPE, headers.indexOf("Activity Type"));
        put(columns, ImportField.DATE, headers.indexOf("Date"));
        put(columns, ImportField.TITLE, headers.indexOf("Title"));
        put(columns, ImportField.DISTANCE, headers.indexOf("Distance"));
        int moving = headers.indexOf("Moving Time");
        int elapsed = headers.indexOf("Elapsed Time");
        int time = headers.indexOf("Time");
        put(columns, ImportField.MOVING, moving >= 0 ? moving : time);
        put(columns, ImportField.ELAPSED, elapsed >= 0 ? elapsed : moving >= 0 ? time : -1);
        put(columns, ImportField.AVG_HR, headers.indexOf("Avg HR"));
        put(columns, ImportField.MAX_HR, headers.indexOf("Max HR"));
        put(columns, ImportField.RPE, headers.indexOf("Perceived Exertion"));
        units.put(ImportField.DISTANCE, "km");
        return new SheetLayout(ImportFormat.GARMIN_ACTIVITIES, SheetKind.SESSIONS, headerRow, headers, columns, units,
                false, false, true);
    }

    private static SheetLayout strava(int headerRow, List<String> headers) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Map<ImportField, String> units = new EnumMap<>(ImportField.class);
        put(columns, ImportField.DATE, headers.indexOf("Activity Date"));
        put(columns, ImportField.TITLE, headers.indexOf("Activity Name"));
        put(columns, ImportField.TYPE, headers.indexOf("Activity Type"));
        put(columns, ImportField.NOTES, headers.indexOf("Activity Description"));
        // The export repeats "Elapsed Time" and "Distance": the later copies are in seconds and metres.
        put(columns, ImportField.ELAPSED, headers.lastIndexOf("Elapsed Time"));
        units.put(ImportField.ELAPSED, "s");
        put(columns, ImportField.MOVING, headers.indexOf("Moving Time"));
        units.put(ImportField.MOVING, "s");
        int firstDistance = headers.indexOf("Distance");
        int lastDistance = headers.lastIndexOf("Distance");
        put(columns, ImportField.DISTANCE, lastDistance);
        units.put(ImportField.DISTANCE, lastDistance != firstDistance ? "m" : "km");
        put(columns, ImportField.AVG_HR, headers.indexOf("Average Heart Rate"));
        put(columns, ImportField.MAX_HR, headers.indexOf("Max Heart Rate"));
        put(columns, ImportField.RPE, headers.indexOf("Perceived Exertion"));
        if (!columns.containsKey(ImportField.MOVING)) {
            put(columns, ImportField.MOVING, headers.lastIndexOf("Elapsed Time"));
        }
        return new SheetLayout(ImportFormat.STRAVA_ACTIVITIES, SheetKind.SESSIONS, headerRow, headers, columns, units,
                true, false, true);
    }

    private static void put(Map<ImportField, Integer> columns, ImportField field, int column) {
        if (column >= 0) {
            columns.put(field, column);
        }
    }
}
