package app.loadwise.domain.common;

import java.util.Locale;

/**
 * The ranges a logged value may take, in one place: the domain's validation (sessions, wellness, athlete profiles)
 * and the recovery engine's record checks both read them, so a value the domain stores is always one the engine
 * takes. Plain Java, no persistence.
 */
public final class InputLimits {

    /** Moving and elapsed minutes of a session, and refuel minutes after it: up to a day. */
    public static final Range SESSION_MINUTES = Range.of(0, 24 * 60, "");
    public static final Range WARM_UP_MINUTES = Range.of(0, 300, "");
    public static final Range DISTANCE_KM = Range.of(0, 1000, "km");
    /** Borg's CR-10 scale. */
    public static final Range RPE = Range.of(0, 10, "");
    /** A session's average and maximum heart rate. */
    public static final Range SESSION_HEART_RATE = Range.of(25, 250, "bpm");
    public static final Range CARBS_GRAMS = Range.of(0, 1000, "g");
    public static final Range PROTEIN_GRAMS = Range.of(0, 500, "g");
    /** Pain score and muscle soreness, 0 to 10. */
    public static final Range PAIN_SCALE = Range.of(0, 10, "");

    public static final Range SLEEP_HOURS = Range.of(0, 16, "hours");
    /** Hooper items (sleep quality, fatigue, stress, mood, soreness), 1 to 7 where 7 is worst. */
    public static final Range HOOPER_SCALE = Range.of(1, 7, "");
    public static final Range MORNING_RESTING_HEART_RATE = Range.of(25, 150, "bpm");
    /** HRV as rMSSD: above 0, up to 300 ms. */
    public static final Range HRV_MS = Range.aboveZeroUpTo(300, "ms");

    /** An athlete's maximum and resting heart rate, and birth year. */
    public static final Range ATHLETE_MAX_HEART_RATE = Range.of(100, 250, "bpm");
    public static final Range ATHLETE_RESTING_HEART_RATE = Range.of(25, 120, "bpm");
    public static final Range BIRTH_YEAR = Range.of(1900, 2100, "");

    private InputLimits() {
    }

    /**
     * A closed range [min, max] (or (0, max] when {@code minIncluded} is false) with the unit values are written in.
     */
    public record Range(double min, double max, String unit, boolean minIncluded) {

        static Range of(double min, double max, String unit) {
            return new Range(min, max, unit, true);
        }

        static Range aboveZeroUpTo(double max, String unit) {
            return new Range(0, max, unit, false);
        }

        public boolean contains(double value) {
            return (minIncluded ? value >= min : value > min) && value <= max;
        }

        /** The lowest value as written in messages: "0", "25", "0.5". */
        public String minText() {
            return number(min);
        }

        /** The highest value as written in messages. */
        public String maxText() {
            return number(max);
        }

        /** "between 25 and 250 bpm", "between 0 and 10". */
        public String between() {
            return "between " + number(min) + " and " + number(max) + (unit.isEmpty() ? "" : " " + unit);
        }

        private static String number(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
        }
    }
}
