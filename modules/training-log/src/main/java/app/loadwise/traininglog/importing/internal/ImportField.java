package app.loadwise.traininglog.importing.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column can hold, with the header aliases that name it. Aliases are compared normalized: lower case,
 * letters and digits only, a unit in brackets set apart ("Duration (min)" is "duration" in minutes).
 */
public enum ImportField {
    MEMBER_ID(Scope.BOTH, "member id", "member #", "member no", "member number", "membership number", "member",
            "athlete id", "runner id", "member code", "mitglied", "mitgliedsnummer", "mitglieds nr"),
    ATHLETE_NAME(Scope.BOTH, "name", "athlete", "athlete name", "runner", "full name", "your name", "vorname nachname", "läufer", "läuferin"),
    DATE(Scope.BOTH, "date", "day", "session date", "activity date", "training date", "workout date", "datum", "tag"),
    TIMESTAMP(Scope.WELLNESS, "timestamp", "submitted", "submitted at", "submission time", "time stamp",
            // Microsoft Forms: the completion time is when the answers were sent
            "completion time", "start time"),
    START_TIME(Scope.SESSIONS, "start time", "start", "time of day", "started", "start at", "startzeit", "uhrzeit", "beginn"),
    TYPE(Scope.SESSIONS, "type", "session type", "session", "workout", "workout type", "activity type", "kind", "activity", "art", "typ", "einheit", "trainingsart"),
    TITLE(Scope.SESSIONS, "title", "activity name", "workout name", "session name"),
    MOVING(Scope.SESSIONS, "moving", "moving time", "moving minutes", "duration", "minutes", "mins", "time", "total time run",
            "training time", "dauer", "zeit", "bewegungszeit"),
    ELAPSED(Scope.SESSIONS, "elapsed", "elapsed time", "elapsed minutes", "total time", "total duration"),
    DISTANCE(Scope.SESSIONS, "distance", "dist", "kilometres", "kilometers", "km", "miles", "mileage", "distanz", "strecke", "entfernung"),
    RPE(Scope.SESSIONS, "rpe", "effort", "perceived exertion", "exertion", "rpe 0 10", "rpe 1 10"),
    AVG_HR(Scope.SESSIONS, "avg hr", "average hr", "average heart rate", "avg heart rate", "heart rate", "hr", "mean hr", "puls", "hf", "durchschnittspuls"),
    MAX_HR(Scope.SESSIONS, "max hr", "max heart rate", "maximum heart rate", "peak hr"),
    WARM_UP(Scope.SESSIONS, "warm up", "warmup", "warm up minutes", "warm up time"),
    REFUEL(Scope.SESSIONS, "refuel", "refuel minutes", "refuel after", "refuel time"),
    CARBS(Scope.SESSIONS, "carbs", "carbohydrate", "carbohydrates"),
    PROTEIN(Scope.SESSIONS, "protein"),
    PAIN(Scope.SESSIONS, "pain", "injury", "pain location", "niggle", "where does it hurt"),
    PAIN_SCORE(Scope.SESSIONS, "pain score", "pain level", "pain 0 10"),
    MUSCLE_SORENESS(Scope.SESSIONS, "muscle soreness", "legs"),
    NOTES(Scope.BOTH, "notes", "note", "comment", "comments", "remarks", "description", "activity description", "bemerkung", "bemerkungen", "notizen", "kommentar"),
    SLEEP_HOURS(Scope.WELLNESS, "sleep", "sleep hours", "hours slept", "hours of sleep", "sleep duration", "slept", "schlaf", "schlafdauer",
            // wellness form questions
            "how many hours did you sleep", "hours of sleep last night", "how long did you sleep", "hours slept last night"),
    SLEEP_SECS(Scope.WELLNESS, "sleepsecs", "sleep seconds"),
    SLEEP_QUALITY(Scope.WELLNESS, "sleep quality", "sleepquality", "quality of sleep"),
    RESTING_HR(Scope.WELLNESS, "resting hr", "restinghr", "morning hr", "morning heart rate", "resting heart rate", "rhr",
            "waking hr", "ruhepuls", "morning resting heart rate", "resting hr this morning", "resting heart rate this morning",
            "morning resting hr", "what was your resting heart rate"),
    HRV(Scope.WELLNESS, "hrv", "rmssd", "hrv rmssd", "heart rate variability"),
    FATIGUE(Scope.WELLNESS, "fatigue", "tiredness", "müdigkeit", "erschöpfung", "how fatigued do you feel", "how tired do you feel"),
    STRESS(Scope.WELLNESS, "stress", "belastung"),
    MOOD(Scope.WELLNESS, "mood", "stimmung"),
    SORENESS(Scope.WELLNESS, "soreness", "muscle soreness", "doms"),
    PAIN_NOTE(Scope.WELLNESS, "pain note", "pain", "injury", "niggles", "any pain", "any pain where", "any pain or injury",
            "where does it hurt");

    /** The wellness values a training sheet may carry in extra columns, for the athlete's day. */
    public static final Set<ImportField> WELLNESS_VALUES = Collections.unmodifiableSet(EnumSet.of(
            SLEEP_HOURS, SLEEP_SECS, SLEEP_QUALITY, RESTING_HR, HRV, FATIGUE, STRESS, MOOD, SORENESS));

    /** Which kind of sheet a field belongs to. */
    public enum Scope { SESSIONS, WELLNESS, BOTH }

    private final Scope scope;
    private final List<String> aliases;

    ImportField(Scope scope, String... aliases) {
        this.scope = scope;
        this.aliases = Arrays.stream(aliases).map(ImportField::normalize).toList();
    }

    public boolean in(SheetKind kind) {
        return scope == Scope.BOTH || (kind == SheetKind.SESSIONS ? scope == Scope.SESSIONS : scope == Scope.WELLNESS);
    }

    /** 0 for the first alias (the most specific), higher for later ones, -1 when none matches. */
    public int rank(String normalizedHeader) {
        return aliases.indexOf(normalizedHeader);
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The field's name in the API and in saved mappings, as the session and wellness records name it. */
    public String code() {
        switch (this) {
            case MOVING: return "movingMinutes";
            case ELAPSED: return "elapsedMinutes";
            case DISTANCE: return "distanceKm";
            case WARM_UP: return "warmUpMinutes";
            case REFUEL: return "refuelMinutes";
            case CARBS: return "carbsG";
            case PROTEIN: return "proteinG";
            case HRV: return "hrvMs";
            default: break;
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    public static ImportField fromCode(String code) {
        for (ImportField field : values()) {
            if (field.code().equalsIgnoreCase(code == null ? "" : code.strip()) || field.name().equalsIgnoreCase(code)) {
                return field;
            }
        }
        return null;
    }

    /** The header without its unit, lower case, letters, digits and single spaces; "#" kept as "#". */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String text = HeaderUnits.withoutUnit(header).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '#') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
