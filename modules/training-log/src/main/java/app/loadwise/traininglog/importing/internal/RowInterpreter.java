package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.RowProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the data rows of one sheet into sessions or wellness entries, validated by the domain, or into the list
 * of what is wrong with them, each located by sheet, row, column header and value.
 */
public final class RowInterpreter {

    private static final Pattern TOTALS = Pattern.compile(
            "(?i)(total|totals|sum|summe|gesamt|average|avg|mean|week total|weekly total|totaal|∑)\\b.*");
    private static final Map<String, ImportField> DOMAIN_FIELDS = Map.ofEntries(
            Map.entry("date", ImportField.DATE), Map.entry("type", ImportField.TYPE), Map.entry("movingMinutes", ImportField.MOVING),
            Map.entry("elapsedMinutes", ImportField.ELAPSED), Map.entry("distanceKm", ImportField.DISTANCE), Map.entry("rpe", ImportField.RPE),
            Map.entry("avgHr", ImportField.AVG_HR), Map.entry("maxHr", ImportField.MAX_HR), Map.entry("warmUpMinutes", ImportField.WARM_UP),
            Map.entry("refuelMinutes", ImportField.REFUEL), Map.entry("carbsG", ImportField.CARBS), Map.entry("proteinG", ImportField.PROTEIN),
            Map.entry("painLocation", ImportField.PAIN), Map.entry("painScore", ImportField.PAIN_SCORE),
            Map.entry("muscleSoreness", ImportField.MUSCLE_SORENESS), Map.entry("notes", ImportField.NOTES),
            Map.entry("sleepHours", ImportField.SLEEP_HOURS), Map.entry("sleepQuality", ImportField.SLEEP_QUALITY),
            Map.entry("restingHr", ImportField.RESTING_HR), Map.entry("hrvMs", ImportField.HRV), Map.entry("fatigue", ImportField.FATIGUE),
            Map.entry("stress", ImportField.STRESS), Map.entry("mood", ImportField.MOOD), Map.entry("soreness", ImportField.SORENESS),
            Map.entry("painNote", ImportField.PAIN_NOTE));

    /**
     * The words the domain's rules name a field by ("moving minutes must be …"), and the field: in a message of the
     * import they are replaced by the header of the column holding it, as written in the file ("'Time' must be …").
     */
    private static final Map<String, ImportField> DOMAIN_WORDS = Map.ofEntries(
            Map.entry("moving minutes", ImportField.MOVING), Map.entry("elapsed minutes", ImportField.ELAPSED),
            Map.entry("distance", ImportField.DISTANCE), Map.entry("RPE", ImportField.RPE), Map.entry("average HR", ImportField.AVG_HR),
            Map.entry("max HR", ImportField.MAX_HR), Map.entry("warm-up minutes", ImportField.WARM_UP),
            Map.entry("refuel minutes", ImportField.REFUEL), Map.entry("carbohydrate", ImportField.CARBS), Map.entry("protein", ImportField.PROTEIN),
            Map.entry("pain location", ImportField.PAIN), Map.entry("pain", ImportField.PAIN_SCORE),
            Map.entry("muscle soreness", ImportField.MUSCLE_SORENESS), Map.entry("notes", ImportField.NOTES),
            Map.entry("sleep", ImportField.SLEEP_HOURS), Map.entry("sleepQuality", ImportField.SLEEP_QUALITY),
            Map.entry("morning resting HR", ImportField.RESTING_HR), Map.entry("HRV (rMSSD)", ImportField.HRV),
            Map.entry("fatigue", ImportField.FATIGUE), Map.entry("stress", ImportField.STRESS), Map.entry("mood", ImportField.MOOD),
            Map.entry("soreness", ImportField.SORENESS), Map.entry("pain note", ImportField.PAIN_NOTE));
    /** Any of {@link #DOMAIN_WORDS} as a whole phrase, the longest first ("pain note" before "pain"). */
    private static final Pattern DOMAIN_WORD = Pattern.compile("(?<![\\w-])(" + String.join("|", DOMAIN_WORDS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?![\\w-])");

    private final SheetLayout layout;
    private final String sheet;
    private final ValueParser values;
    private final ZoneId zone;
    private final boolean athleteFromUpload;
    private final LocalDate today;
    private final ColumnOrders dateOrders;
    private final Map<ImportField, HeaderScale> scales;

    /**
     * The order of day and month decided for a date column of the sheet (by a pass over the whole file), asked for
     * only when a row holds a date whose reading depends on it.
     */
    public interface ColumnOrders {
        DateOrders.ColumnOrder of(ImportField field);
    }

    /**
     * A date after {@code today} (the club's date; null: not checked) is a problem on its cell.
     *
     * @param zone              the zone whose local dates bucket the rows (the athlete's or the club's)
     * @param athleteFromUpload the upload names the athlete, so the file's member columns are not needed
     * @param dateOrders        the order of day and month of each date column
     */
    public RowInterpreter(SheetLayout layout, String sheet, ValueParser values, ZoneId zone, boolean athleteFromUpload,
                          LocalDate today, ColumnOrders dateOrders) {
        this.dateOrders = dateOrders;
        this.scales = statedScales(layout);
        this.today = today;
        this.layout = layout;
        this.sheet = sheet;
        this.values = values;
        this.zone = zone;
        this.athleteFromUpload = athleteFromUpload;
    }

    public SheetLayout layout() {
        return layout;
    }

    public String sheet() {
        return sheet;
    }

    public RowOutcome interpret(RawRow row) {
        if (row.isBlank()) {
            return new RowOutcome.Ignored(row.number());
        }
        Integer totals = totalsColumn(row);
        if (totals != null) {
            String column = RowProblem.columnText(RowProblem.columnRef(sheet, totals), totals < layout.headers().size()
                    ? layout.headers().get(totals) : null);
            return new RowOutcome.Ignored(row.number(), "totals row skipped ('" + row.cell(totals).strip() + "'"
                    + (column != null ? " in " + column : "") + "): its values are not imported; Loadwise adds up the sessions itself");
        }
        if (isRepeatedHeader(row)) {
            return new RowOutcome.Ignored(row.number(), "repeated header row skipped");
        }
        Reading reading = new Reading(row);
        return layout.kind() == SheetKind.SESSIONS ? session(reading) : wellness(reading);
    }

    /** The column of a totals row's first filled cell ("Total", "Sum"…); null when the row is not one. */
    private static Integer totalsColumn(RawRow row) {
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column);
            if (cell != null && !cell.isBlank()) {
                return TOTALS.matcher(cell.strip()).matches() ? column : null;
            }
        }
        return null;
    }

    private boolean isRepeatedHeader(RawRow row) {
        Integer dateColumn = layout.column(ImportField.DATE);
        String header = layout.header(ImportField.DATE);
        return dateColumn != null && header != null && header.equals(row.cell(dateColumn) == null ? null : row.cell(dateColumn).strip());
    }

    private RowOutcome session(Reading r) {
        RowOutcome.AthleteRef athlete = r.athlete();
        LocalDateTime when = r.when(ImportField.DATE);
        LocalTime start = layout.has(ImportField.START_TIME) ? r.read(ImportField.START_TIME,
                () -> values.time(r.text(ImportField.START_TIME), r.typed(ImportField.START_TIME))) : null;
        if (start == null && when != null && r.hasTime(ImportField.DATE)) {
            start = when.toLocalTime();
        }
        SessionType type = r.read(ImportField.TYPE, () -> sessionType(r));
        Double moving = r.read(ImportField.MOVING,
                () -> values.minutes(r.text(ImportField.MOVING), r.typed(ImportField.MOVING), layout.unit(ImportField.MOVING)));
        Double elapsed = r.read(ImportField.ELAPSED,
                () -> values.minutes(r.text(ImportField.ELAPSED), r.typed(ImportField.ELAPSED), layout.unit(ImportField.ELAPSED)));
        Double distance = r.read(ImportField.DISTANCE,
                () -> values.kilometres(r.text(ImportField.DISTANCE), r.typed(ImportField.DISTANCE), layout.unit(ImportField.DISTANCE)));
        Integer rpe = r.read(ImportField.RPE, () -> rpe(r));
        Integer avgHr = r.read(ImportField.AVG_HR, () -> values.wholeWithUnit(r.text(ImportField.AVG_HR), r.typed(ImportField.AVG_HR), "bpm"));
        Integer maxHr = r.read(ImportField.MAX_HR, () -> values.wholeWithUnit(r.text(ImportField.MAX_HR), r.typed(ImportField.MAX_HR), "bpm"));
        Double warmUp = r.read(ImportField.WARM_UP,
                () -> values.minutes(r.text(ImportField.WARM_UP), r.typed(ImportField.WARM_UP), layout.unit(ImportField.WARM_UP)));
        Double refuel = r.read(ImportField.REFUEL,
                () -> values.minutes(r.text(ImportField.REFUEL), r.typed(ImportField.REFUEL), layout.unit(ImportField.REFUEL)));
        Integer carbs = r.read(ImportField.CARBS, () -> values.wholeWithUnit(r.text(ImportField.CARBS), r.typed(ImportField.CARBS), "g"));
        Integer protein = r.read(ImportField.PROTEIN, () -> values.wholeWithUnit(r.text(ImportField.PROTEIN), r.typed(ImportField.PROTEIN), "g"));
        Integer painScore = r.read(ImportField.PAIN_SCORE, () -> values.integer(r.text(ImportField.PAIN_SCORE), r.typed(ImportField.PAIN_SCORE)));
        Integer soreness = r.read(ImportField.MUSCLE_SORENESS,
                () -> values.integer(r.text(ImportField.MUSCLE_SORENESS), r.typed(ImportField.MUSCLE_SORENESS)));
        String painText = ValueParser.clean(r.text(ImportField.PAIN));
        Boolean painFlag = values.yesNo(painText);
        String painLocation = painFlag == null ? painText : null;
        boolean pain = Boolean.TRUE.equals(painFlag) || painLocation != null || (painScore != null && painScore > 0);
        String notes = r.text(ImportField.NOTES);
        DayValues dayValues = dayValues(r);
        // a pain note mapped onto a training sheet goes with the day's wellness, as on a wellness sheet
        String dayNote = painNote(r);
        if (moving == null && elapsed != null) {
            moving = elapsed;
        }
        if (when == null && !r.failed(ImportField.DATE)) {
            r.problem(ImportField.DATE, "the date is missing", "every session needs a date, e.g. 2026-03-02");
        }
        future(r, ImportField.DATE, when, "session");
        if (type == null && !r.failed(ImportField.TYPE)) {
            r.problem(ImportField.TYPE, "the session type is missing", "use one of " + SessionType.codes());
        }
        if (!r.problems.isEmpty()) {
            return new RowOutcome.Invalid(r.row.number(), r.problems);
        }
        SessionDetails details;
        try {
            details = new SessionDetails(when.toLocalDate(), start, type, round(moving), round(elapsed), round3(distance),
                    rpe, avgHr, maxHr, toInt(warmUp), toInt(refuel), carbs, protein, pain, painLocation, painScore, soreness, notes);
        } catch (InvalidValueException e) {
            ImportField field = DOMAIN_FIELDS.getOrDefault(e.field(), ImportField.DATE);
            r.problem(field, inFileWords(e.getMessage()), fixFor(field));
            return new RowOutcome.Invalid(r.row.number(), r.problems);
        }
        WellnessDetails wellness = null;
        if ((dayValues != null && !dayValues.isEmpty()) || dayNote != null) {
            try {
                wellness = (dayValues == null ? DayValues.NONE : dayValues).details(when.toLocalDate(), dayNote);
            } catch (InvalidValueException e) {
                ImportField field = wellnessField(e.field());
                r.problem(field, inFileWords(e.getMessage()), fixFor(field));
                return new RowOutcome.Invalid(r.row.number(), r.problems);
            }
        }
        return new RowOutcome.Session(r.row.number(), athlete, details, sessionWarnings(details, r.warnings), wellness);
    }

    /** The wellness values of one row, as read from its columns. */
    private record DayValues(Double sleep, Integer quality, Integer restingHr, Double hrv, Integer fatigue, Integer stress,
                             Integer mood, Integer soreness) {

        static final DayValues NONE = new DayValues(null, null, null, null, null, null, null, null);
        boolean isEmpty() {
            return sleep == null && quality == null && restingHr == null && hrv == null && fatigue == null && stress == null
                    && mood == null && soreness == null;
        }

        WellnessDetails details(LocalDate date, String painNote) {
            return new WellnessDetails(date, sleep == null ? null : Math.round(sleep * 100) / 100.0, quality, restingHr, hrv,
                    fatigue, stress, mood, soreness, painNote);
        }
    }

    /** Reads the wellness columns of a row (none on a sheet without them: null). */
    private DayValues dayValues(Reading r) {
        boolean any = false;
        for (ImportField field : ImportField.WELLNESS_VALUES) {
            any |= layout.has(field);
        }
        if (!any) {
            return null;
        }
        Double sleep = layout.has(ImportField.SLEEP_HOURS)
                ? r.read(ImportField.SLEEP_HOURS,
                        () -> values.hours(r.text(ImportField.SLEEP_HOURS), r.typed(ImportField.SLEEP_HOURS), layout.unit(ImportField.SLEEP_HOURS)))
                : r.read(ImportField.SLEEP_SECS, () -> values.hours(r.text(ImportField.SLEEP_SECS), r.typed(ImportField.SLEEP_SECS), "s"));
        Integer quality = r.read(ImportField.SLEEP_QUALITY, () -> scale(r, ImportField.SLEEP_QUALITY));
        Integer restingHr = r.read(ImportField.RESTING_HR,
                () -> values.wholeWithUnit(r.text(ImportField.RESTING_HR), r.typed(ImportField.RESTING_HR), "bpm"));
        Double hrv = r.read(ImportField.HRV, () -> values.number(stripUnit(r.text(ImportField.HRV), "ms"), r.typed(ImportField.HRV)));
        Integer fatigue = r.read(ImportField.FATIGUE, () -> scale(r, ImportField.FATIGUE));
        Integer stress = r.read(ImportField.STRESS, () -> scale(r, ImportField.STRESS));
        Integer mood = r.read(ImportField.MOOD, () -> scale(r, ImportField.MOOD));
        Integer soreness = r.read(ImportField.SORENESS, () -> scale(r, ImportField.SORENESS));
        return new DayValues(sleep, quality, restingHr, hrv, fatigue, stress, mood, soreness);
    }

    private ImportField wellnessField(String domainField) {
        ImportField field = DOMAIN_FIELDS.getOrDefault(domainField, ImportField.DATE);
        if (field == ImportField.SLEEP_HOURS && !layout.has(ImportField.SLEEP_HOURS)) {
            field = ImportField.SLEEP_SECS;
        }
        if (field == ImportField.PAIN_NOTE && !layout.has(ImportField.PAIN_NOTE)) {
            field = ImportField.NOTES;
        }
        return field;
    }

    /**
     * A domain rule's message in the file's words: each field the rule names by its own words is named by the header
     * of the column holding it, as written in the file ("moving minutes must be between 0 and 1440" on a column
     * headed Time: "'Time' must be between 0 and 1440"). Words of a field the sheet has no column for stay.
     */
    String inFileWords(String message) {
        if (message == null) {
            return null;
        }
        Matcher words = DOMAIN_WORD.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        while (words.find()) {
            ImportField field = DOMAIN_WORDS.get(words.group(1));
            if (field == ImportField.SLEEP_HOURS || field == ImportField.PAIN_NOTE) {
                field = wellnessField(field == ImportField.SLEEP_HOURS ? "sleepHours" : "painNote");
            }
            String header = layout.header(field);
            words.appendReplacement(out, Matcher.quoteReplacement(header == null || header.isBlank()
                    ? words.group(1) : "'" + header + "'"));
            replaced |= header != null && !header.isBlank();
        }
        words.appendTail(out);
        String text = out.toString();
        // "moving minutes are required" named by one column: "'Time' is required"
        return replaced ? text.replace("' are required", "' is required") : text;
    }

    /** The pain note column's text; null when empty or a plain "no". */
    private String painNote(Reading r) {
        String text = ValueParser.clean(r.text(ImportField.PAIN_NOTE));
        return text == null || values.yesNo(text) == Boolean.FALSE ? null : text;
    }

    /**
     * The day's note on a wellness sheet or form: the pain note, and the sheet's Notes (Comment) column after a colon,
     * as an athlete's check-in writes its pain and note ("left Achilles: slept badly"); null when both are empty.
     */
    private String dayNote(Reading r) {
        String pain = painNote(r);
        String note = ValueParser.clean(r.text(ImportField.NOTES));
        if (note == null) {
            return pain;
        }
        return pain == null ? note : pain + ": " + note;
    }

    /** A date after the club's today is a problem on its cell: nothing can have been trained or slept yet. */
    private void future(Reading r, ImportField field, LocalDateTime when, String what) {
        if (today != null && when != null && when.toLocalDate().isAfter(today)) {
            r.problem(field, when.toLocalDate() + " is in the future (today is " + today + " in the club's time zone)",
                    "correct the date: a " + what + " can only be imported once its day has come; check the year and the "
                    + "order of day and month");
        }
    }

    private SessionType sessionType(Reading r) {
        String type = ValueParser.clean(r.text(ImportField.TYPE));
        String title = ValueParser.clean(r.text(ImportField.TITLE));
        if (layout.format() == ImportFormat.GARMIN_ACTIVITIES || layout.format() == ImportFormat.STRAVA_ACTIVITIES) {
            return type == null && title == null ? null : SessionTypes.ofActivity(type, title);
        }
        if (type == null) {
            return title == null ? null : SessionTypes.find(title);
        }
        return SessionTypes.resolve(type);
    }

    private Integer rpe(Reading r) {
        String text = ValueParser.clean(r.text(ImportField.RPE));
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        Double value = values.number(slash > 0 ? text.substring(0, slash) : text, r.typed(ImportField.RPE));
        if (value == null) {
            return null;
        }
        long rounded = Math.round(value);
        if (Math.abs(value - rounded) > 1e-9) {
            r.warnings.add("RPE " + text + " (" + columnText(ImportField.RPE) + ") rounded to " + rounded + " (whole numbers on the CR-10 scale)");
        }
        return (int) rounded;
    }

    /** "column D 'RPE'" (xlsx) or "column 4 'RPE'" (CSV) for the column holding a field; null when there is none. */
    private String columnText(ImportField field) {
        return RowProblem.columnText(layout.columnRef(field, sheet), layout.header(field));
    }

    /** ", column D 'Time'" for the column holding a field; empty when there is none. */
    private String inColumn(ImportField field) {
        String column = columnText(field);
        return column == null ? "" : ", " + column;
    }

    private List<String> sessionWarnings(SessionDetails d, List<String> warnings) {
        List<String> all = new ArrayList<>(warnings);
        if (d.movingMinutes() != null && d.elapsedMinutes() != null && d.elapsedMinutes() > d.movingMinutes() * 1.5
                && d.elapsedMinutes() - d.movingMinutes() >= 30) {
            all.add("elapsed time (" + Math.round(d.elapsedMinutes()) + " min" + inColumn(ImportField.ELAPSED)
                    + ") is much longer than moving time (" + Math.round(d.movingMinutes()) + " min" + inColumn(ImportField.MOVING)
                    + "); check for a paused or forgotten watch");
        }
        if (d.movingMinutes() != null && d.movingMinutes() > 360) {
            all.add("the session lasts over 6 hours (" + Math.round(d.movingMinutes()) + " min" + inColumn(ImportField.MOVING)
                    + "); check the duration unit");
        }
        if (d.rpe() == null && d.type() != SessionType.REST) {
            all.add("RPE is missing (" + (layout.has(ImportField.RPE) ? columnText(ImportField.RPE) + " is empty" : "the sheet has no RPE column")
                    + "); the session's load will be estimated from heart rate or type");
        }
        return all;
    }

    private RowOutcome wellness(Reading r) {
        RowOutcome.AthleteRef athlete = r.athlete();
        LocalDateTime when = layout.has(ImportField.DATE) ? r.when(ImportField.DATE) : r.when(ImportField.TIMESTAMP);
        ImportField dateField = layout.has(ImportField.DATE) ? ImportField.DATE : ImportField.TIMESTAMP;
        DayValues day = dayValues(r);
        if (day == null) {
            day = DayValues.NONE;
        }
        String painNote = dayNote(r);
        if (when == null && !r.failed(dateField)) {
            r.problem(dateField, "the date is missing", "every wellness entry needs a date, e.g. 2026-03-02");
        }
        if (!r.problems.isEmpty()) {
            return new RowOutcome.Invalid(r.row.number(), r.problems);
        }
        boolean empty = day.isEmpty() && (painNote == null || painNote.isBlank());
        if (empty && layout.format() == ImportFormat.INTERVALS_WELLNESS) {
            // intervals.icu writes a line for every day, with or without a check-in
            return new RowOutcome.Ignored(r.row.number());
        }
        future(r, dateField, when, "wellness entry");
        if (!r.problems.isEmpty()) {
            return new RowOutcome.Invalid(r.row.number(), r.problems);
        }
        try {
            WellnessDetails details = day.details(when.toLocalDate(), painNote);
            return new RowOutcome.Wellness(r.row.number(), athlete, details, r.warnings);
        } catch (InvalidValueException e) {
            ImportField field = DOMAIN_FIELDS.containsKey(e.field()) ? wellnessField(e.field()) : dateField;
            r.problem(field, inFileWords(e.getMessage()), fixFor(field));
            return new RowOutcome.Invalid(r.row.number(), r.problems);
        }
    }

    /**
     * The Hooper items scored on a scale their header states ("Fatigue (1-5)"), with the direction a saved mapping answers
     * where the header states none; none on the template and intervals.icu.
     */
    public static Map<ImportField, HeaderScale> statedScales(SheetLayout layout) {
        if (layout.format() == ImportFormat.LOADWISE_TEMPLATE || layout.fourPointScale()) {
            return Map.of();
        }
        Map<ImportField, HeaderScale> scales = new EnumMap<>(ImportField.class);
        for (ImportField field : List.of(ImportField.SLEEP_QUALITY, ImportField.FATIGUE, ImportField.STRESS, ImportField.MOOD,
                ImportField.SORENESS)) {
            HeaderScale scale = layout.has(field) ? HeaderScale.of(layout.header(field), field) : null;
            if (scale != null) {
                scales.put(field, scale.answeredBy(layout.highIs().get(field)));
            }
        }
        return scales;
    }

    /**
     * A Hooper item 1–7 (7 worst); intervals.icu's 1–4 scale is spread onto it (1, 3, 5, 7); a scale the header states
     * is checked and converted (see {@link HeaderScale}).
     */
    private Integer scale(Reading r, ImportField field) {
        HeaderScale stated = scales.get(field);
        if (stated != null) {
            Double number = values.number(r.text(field), r.typed(field));
            return number == null ? null : stated.toStored(number, ValueParser.clean(r.text(field)));
        }
        Integer value = values.integer(r.text(field), r.typed(field));
        if (value == null || !layout.fourPointScale()) {
            return value;
        }
        if (value < 1 || value > 4) {
            throw new ValueException("intervals.icu scores run from 1 to 4, got " + value, "use 1 (best) to 4 (worst)");
        }
        return value * 2 - 1;
    }

    private static String stripUnit(String text, String unit) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.toLowerCase(Locale.ROOT).endsWith(unit) ? t.substring(0, t.length() - unit.length()).strip() : t;
    }

    /** "0–1440": a range as the fixes write it. */
    private static String span(InputLimits range) {
        return range.minText() + "–" + range.maxText();
    }

    private static String fixFor(ImportField field) {
        return switch (field) {
            case MOVING, ELAPSED -> "write minutes (" + span(InputLimits.SESSION_MINUTES)
                    + ") or h:mm:ss; elapsed time must not be shorter than moving time";
            case DISTANCE -> "write " + span(InputLimits.DISTANCE_KM) + " km, or add the unit (mi, m)";
            case RPE -> "use Borg CR-10: a whole number from 0 (rest) to 10 (maximal)";
            case AVG_HR, MAX_HR -> "write beats per minute between " + InputLimits.SESSION_HEART_RATE.minText() + " and "
                    + InputLimits.SESSION_HEART_RATE.maxText() + "; average must not exceed max";
            case RESTING_HR -> "write the morning resting HR in bpm, " + span(InputLimits.MORNING_RESTING_HEART_RATE);
            case SLEEP_HOURS, SLEEP_SECS -> "write hours slept, " + span(InputLimits.SLEEP_HOURS);
            case SLEEP_QUALITY, FATIGUE, STRESS, MOOD, SORENESS -> "use 1 (best) to 7 (worst), or state the file's scale in the "
                    + "header, e.g. 'Fatigue (1=fresh, 5=exhausted)'";
            case HRV -> "write rMSSD in milliseconds, above " + InputLimits.HRV_MS.minText() + " and up to " + InputLimits.HRV_MS.maxText();
            case PAIN_SCORE, MUSCLE_SORENESS -> "use 0 (none) to 10 (worst)";
            case NOTES, PAIN_NOTE, PAIN -> "shorten the text";
            default -> "correct the value";
        };
    }

    private static Double round(Double minutes) {
        return minutes == null ? null : Math.round(minutes * 100) / 100.0;
    }

    private static Double round3(Double km) {
        return km == null ? null : Math.round(km * 1000) / 1000.0;
    }

    private static Integer toInt(Double minutes) {
        return minutes == null ? null : (int) Math.round(minutes);
    }

    /** The reading of one row: cell access by field, and the problems found so far. */
    private final class Reading {
        final RawRow row;
        final List<RowProblem> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        private final Set<ImportField> failed = EnumSet.noneOf(ImportField.class);

        Reading(RawRow row) {
            this.row = row;
        }

        String text(ImportField field) {
            Integer column = layout.column(field);
            return column == null ? null : row.cell(column);
        }

        boolean typed(ImportField field) {
            Integer column = layout.column(field);
            return column != null && row.typed(column);
        }

        boolean failed(ImportField field) {
            return failed.contains(field);
        }

        <T> T read(ImportField field, Supplier<T> parse) {
            if (!layout.has(field)) {
                return null;
            }
            try {
                return parse.get();
            } catch (ValueException e) {
                failed.add(field);
                problems.add(new RowProblem(sheet, row.number(), layout.header(field), text(field), e.getMessage(), e.fix(),
                        layout.columnRef(field, sheet)));
                return null;
            }
        }

        void problem(ImportField field, String problem, String fix) {
            String header = layout.header(field);
            problems.add(new RowProblem(sheet, row.number(), header, header == null ? null : text(field), problem, fix,
                    header == null ? null : layout.columnRef(field, sheet)));
        }

        boolean hasTime(ImportField field) {
            return values.hasTime(text(field), typed(field));
        }

        LocalDateTime when(ImportField field) {
            LocalDateTime local = read(field, () -> values.dateTime(text(field), typed(field), () -> {
                DateOrders.ColumnOrder order = dateOrders.of(field);
                if (order.order() == DateOrders.Order.MIXED && ValueParser.dateOrderOf(text(field), typed(field)) != 2) {
                    throw new ValueException("the column mixes dates written day first (" + order.dayFirstRowsText() + ", e.g. '"
                            + order.dayFirstExample() + "') with dates written month first (" + order.monthFirstRowsText()
                            + ", e.g. '" + order.monthFirstExample() + "'), so the order of day and month of its dates cannot be known",
                            "write every date of the column in one order, or as YYYY-MM-DD");
                }
                return order.dayFirst();
            }));
            if (local != null && layout.utcTimes()) {
                local = local.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
            }
            return local;
        }

        RowOutcome.AthleteRef athlete() {
            if (athleteFromUpload) {
                return null;
            }
            String member = ValueParser.clean(text(ImportField.MEMBER_ID));
            String name = ValueParser.clean(text(ImportField.ATHLETE_NAME));
            if (member == null && name == null) {
                ImportField field = layout.has(ImportField.MEMBER_ID) ? ImportField.MEMBER_ID : ImportField.ATHLETE_NAME;
                problem(field, "the athlete is missing", "fill in the member id (or name) of the athlete");
            }
            return new RowOutcome.AthleteRef(member, name);
        }
    }
}
