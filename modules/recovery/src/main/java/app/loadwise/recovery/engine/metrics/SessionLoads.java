package app.loadwise.recovery.engine.metrics;

import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;

/** Load of a single session: session-RPE, Banister TRIMP (raw and in session-RPE units), and type defaults. */
public final class SessionLoads {

    public static final double TRIMP_MALE_A = 0.64;
    public static final double TRIMP_MALE_B = 1.92;
    public static final double TRIMP_FEMALE_A = 0.86;
    public static final double TRIMP_FEMALE_B = 1.67;
    /** TRIMP of a minute at maximal heart rate, a x e^b: the divisor that puts TRIMP in session-RPE units. */
    private static final double MALE_MINUTE_AT_MAX = TRIMP_MALE_A * Math.exp(TRIMP_MALE_B);
    private static final double FEMALE_MINUTE_AT_MAX = TRIMP_FEMALE_A * Math.exp(TRIMP_FEMALE_B);

    private SessionLoads() {
    }

    /** Foster (2001): RPE on the CR-10 scale x moving minutes. */
    public static double sessionRpe(double rpe, double movingMinutes) {
        return rpe * movingMinutes;
    }

    /** Heart-rate reserve fraction (avg - rest) / (max - rest), clamped to 0..1. */
    public static double heartRateReserve(double avgHr, double restingHr, double maxHr) {
        double x = (avgHr - restingHr) / (maxHr - restingHr);
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    /**
     * Banister TRIMP: minutes x HRr x a x e^(b x HRr), with a = 0.64, b = 1.92 for men and a = 0.86, b = 1.67 for
     * women. NaN when sex is unspecified (the weighting is undefined).
     */
    public static double trimp(double minutes, double avgHr, double restingHr, double maxHr, Sex sex) {
        double hrr = heartRateReserve(avgHr, restingHr, maxHr);
        return switch (sex) {
            case MALE -> minutes * hrr * TRIMP_MALE_A * Math.exp(TRIMP_MALE_B * hrr);
            case FEMALE -> minutes * hrr * TRIMP_FEMALE_A * Math.exp(TRIMP_FEMALE_B * hrr);
            case UNSPECIFIED -> Double.NaN;
        };
    }

    /**
     * TRIMP in session-RPE units: TRIMP x 10 / (a x e^b), so that a minute at maximal heart rate weighs the same
     * as a minute at RPE 10. Equal to minutes x 10 x HRr x e^(b x (HRr - 1)).
     */
    public static double trimpAsSessionRpe(double minutes, double avgHr, double restingHr, double maxHr, Sex sex) {
        return switch (sex) {
            case MALE -> trimp(minutes, avgHr, restingHr, maxHr, sex) * 10 / MALE_MINUTE_AT_MAX;
            case FEMALE -> trimp(minutes, avgHr, restingHr, maxHr, sex) * 10 / FEMALE_MINUTE_AT_MAX;
            case UNSPECIFIED -> Double.NaN;
        };
    }

    /** Maximum heart rate estimated from age (Tanaka, Monahan and Seals 2001): 208 - 0.7 x age. */
    public static double tanakaMaxHeartRate(int ageYears) {
        return 208 - 0.7 * ageYears;
    }

    /**
     * The typical CR-10 rating of a session type, used when neither RPE nor heart rate was recorded:
     * recovery 2, easy 3, cross-training 3, long 4, strides 4, strength 4, tempo 6, race pace 6,
     * intervals 7, hills 7, race 8, rest 0.
     */
    public static double typicalRpe(SessionType type) {
        return switch (type) {
            case RECOVERY -> 2;
            case EASY, CROSS_TRAINING -> 3;
            case LONG, STRIDES, STRENGTH -> 4;
            case TEMPO, RACE_PACE -> 6;
            case INTERVALS, HILLS -> 7;
            case RACE -> 8;
            case REST -> 0;
        };
    }
}
