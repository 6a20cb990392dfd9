package app.loadwise.traininglog.roster.internal;

import app.loadwise.traininglog.importing.internal.ImportField;
import java.util.List;
import java.util.stream.Stream;

/**
 * The columns a roster file can have, each with the header aliases that name it, compared as the session import
 * compares them ({@link ImportField#normalize}: case, spaces, punctuation and a unit in brackets do not matter).
 */
public enum RosterColumn {
    MEMBER_ID("memberId", "Member ID", ImportField.MEMBER_ID.aliases().stream()),
    NAME("name", "Name", ImportField.ATHLETE_NAME.aliases().stream()),
    SEX("sex", "Sex", Stream.of("sex", "gender", "geschlecht", "m f", "f m")),
    BIRTH_YEAR("birthYear", "Birth year", Stream.of("birth year", "year of birth", "birthyear", "yob", "born", "jahrgang",
            "geburtsjahr")),
    BIRTH_DATE("birthYear", "Birth date", Stream.of("birth date", "date of birth", "birthdate", "birthday", "dob",
            "born on", "geburtsdatum", "geburtstag")),
    LEVEL("level", "Level", Stream.of("level", "experience level", "experience", "ability", "ability level", "runner level",
            "niveau", "leistungsstufe", "stufe")),
    MAX_HR("maxHr", "Max HR", Stream.of("max hr", "maxhr", "hr max", "hrmax", "max heart rate", "maximum heart rate",
            "maximum hr", "mhr", "max pulse", "maxpuls", "max puls", "maximalpuls", "hfmax", "hf max")),
    RESTING_HR("restingHr", "Resting HR", Stream.of("resting hr", "restinghr", "hr rest", "rest hr", "resting heart rate",
            "resting pulse", "rhr", "ruhepuls", "hf ruhe")),
    TIME_ZONE("timeZone", "Time zone", Stream.of("time zone", "timezone", "tz", "zone", "zeitzone"));

    private final String field;
    private final String header;
    private final List<String> aliases;

    RosterColumn(String field, String header, Stream<String> aliases) {
        this.field = field;
        this.header = header;
        this.aliases = aliases.map(ImportField::normalize).distinct().toList();
    }

    /** The athlete field the column fills, as the athlete API names it ({@code maxHr}). */
    public String field() {
        return field;
    }

    /** The header the roster template uses. */
    public String header() {
        return header;
    }

    /** The column a header names, or null. */
    public static RosterColumn of(String header) {
        String normalized = ImportField.normalize(header);
        if (normalized.isEmpty()) {
            return null;
        }
        for (RosterColumn column : values()) {
            if (column.aliases.contains(normalized)) {
                return column;
            }
        }
        return null;
    }
}
