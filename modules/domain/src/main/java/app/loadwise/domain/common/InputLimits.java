package app.loadwise.domain.common;

import java.util.Locale;

/**
 * The ranges a logged value may take, in one place: the domain's validation (sessions, wellness, athlete profiles,
 * health events) and the recovery engine's record checks both read them, so a value the domain stores is always one
 * the engine takes. Each is a closed range [min, max], or (min, max] when {@code minIncluded} is false, with the unit
 * values are written in. An enum so that a request record can name a field's range in {@link Limited}. Plain Java,
 * no persistence.
 */
public enum InputLimits {

    /** Moving and elapsed minutes of a session, and refuel minutes after it: up to a day. */
    SESSION_MINUTES(0, 24 * 60, ""),
    WARM_UP_MINUTES(0, 300, ""),
    DISTANCE_KM(0, 1000, "km"),
    /** Borg's CR-10 scale. */
    RPE(0, 10, ""),
    /** A session's average and maximum heart rate. */
    SESSION_HEART_RATE(25, 250, "bpm"),
    CARBS_GRAMS(0, 1000, "g"),
    PROTEIN_GRAMS(0, 500, "g"),
    /** Pain score and muscle soreness, 0 to 10. */
    PAIN_SCALE(0, 10, ""),

    SLEEP_HOURS(0, 16, "hours"),
    /** Hooper items (sleep quality, fatigue, stress, mood, soreness), 1 to 7 where 7 is worst. */
    HOOPER_SCALE(1, 7, ""),
    MORNING_RESTING_HEART_RATE(25, 150, "bpm"),
    /** HRV as rMSSD: above 0, up to 300 ms. */
    HRV_MS(0, 300, "ms", false),

    /** An athlete's maximum and resting heart rate, and birth year. */
    ATHLETE_MAX_HEART_RATE(100, 250, "bpm"),
    ATHLETE_RESTING_HEART_RATE(25, 120, "bpm"),
    BIRTH_YEAR(1900, 2100, ""),

    /** Days of training an injury or illness cost: up to a year. */
    DAYS_LOST(0, 366, "");

    private final double min;
    private final double max;
    private final String unit;
    private final boolean minIncluded;

    InputLimits(double min, double max, String unit) {
        this(min, max, unit, true);
    }

    InputLimits(double min, double max, String unit, boolean minIncluded) {
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.minIncluded = minIncluded;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** "bpm", "km", or empty for a count or scale. */
    public String unit() {
        return unit;
    }

    /** False when the lowest value itself is refused, as for HRV. */
    public boolean minIncluded() {
        return minIncluded;
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
