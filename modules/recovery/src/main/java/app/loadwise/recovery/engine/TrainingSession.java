package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One logged session. {@code date} is the local date in the athlete's (or club's) time zone
 * ({@code LocalDate.ofInstant(instant, zone)} for an instant). Optional values are primitives so that scoring reads
 * them without unboxing: a decimal value is {@code NaN} and a whole number {@link #NOT_RECORDED} (-1) when not
 * recorded ({@link #orNaN(Double)} and {@link #orNone(Integer)} turn nullable values into these; {@link #recorded(int)}
 * tells a recorded whole number). Moving minutes drive every load method; elapsed minutes are kept for
 * display and never stand in for moving time.
 */
public record TrainingSession(
        String id,
        LocalDate date,
        LocalTime startTime,
        SessionType type,
        double movingMinutes,
        double elapsedMinutes,
        double distanceKm,
        double rpe,
        int avgHeartRate,
        int maxHeartRate,
        double warmUpMinutes,
        double refuelMinutesAfter,
        double carbsGrams,
        double proteinGrams,
        boolean pain,
        String painLocation,
        int painScore,
        int muscleSoreness,
        boolean excluded,
        String notes) {

    /** A whole-number value that was not recorded. */
    public static final int NOT_RECORDED = -1;

    public TrainingSession {
        check(id, date, type, movingMinutes, elapsedMinutes, distanceKm, rpe, avgHeartRate, maxHeartRate,
                warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, painScore, muscleSoreness);
    }

    /** The ranges of {@link InputLimits}, the ones the domain checks before storing a session. */
    private static void check(String id, LocalDate date, SessionType type, double movingMinutes, double elapsedMinutes,
                              double distanceKm, double rpe, int avgHeartRate, int maxHeartRate, double warmUpMinutes,
                              double refuelMinutesAfter, double carbsGrams, double proteinGrams, int painScore,
                              int muscleSoreness) {
        InvalidValueException.require(id != null && !id.isBlank(), "id", "session id is required");
        InvalidValueException.require(date != null, "date", "session date is required");
        InvalidValueException.require(type != null, "type", "session type is required");
        requireRange(movingMinutes, InputLimits.SESSION_MINUTES, "movingMinutes", "moving minutes");
        requireRange(elapsedMinutes, InputLimits.SESSION_MINUTES, "elapsedMinutes", "elapsed minutes");
        requireRange(distanceKm, InputLimits.DISTANCE_KM, "distanceKm", "distance");
        requireRange(rpe, InputLimits.RPE, "rpe", "RPE");
        requireRange(avgHeartRate, InputLimits.SESSION_HEART_RATE, "avgHeartRate", "average heart rate");
        requireRange(maxHeartRate, InputLimits.SESSION_HEART_RATE, "maxHeartRate", "maximum heart rate");
        requireRange(warmUpMinutes, InputLimits.WARM_UP_MINUTES, "warmUpMinutes", "warm-up minutes");
        requireRange(refuelMinutesAfter, InputLimits.SESSION_MINUTES, "refuelMinutesAfter", "refuel minutes");
        requireRange(carbsGrams, InputLimits.CARBS_GRAMS, "carbsGrams", "carbohydrate");
        requireRange(proteinGrams, InputLimits.PROTEIN_GRAMS, "proteinGrams", "protein");
        requireRange(painScore, InputLimits.PAIN_SCALE, "painScore", "pain score");
        requireRange(muscleSoreness, InputLimits.PAIN_SCALE, "muscleSoreness", "muscle soreness");
    }

    /** A session with only the essentials; the rest can be added with the {@code with...} methods. */
    public static TrainingSession of(String id, LocalDate date, SessionType type, double movingMinutes, double rpe) {
        return new TrainingSession(id, date, null, type, movingMinutes, Double.NaN, Double.NaN, rpe, NOT_RECORDED,
                NOT_RECORDED, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, null, NOT_RECORDED, NOT_RECORDED,
                false, null);
    }

    /** The same session with these free-text notes (read for pain reports, see {@link PainText}). */
    public TrainingSession withNotes(String text) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded, text);
    }

    public TrainingSession withStartTime(LocalTime start) {
        return new TrainingSession(id, date, start, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded, notes);
    }

    public TrainingSession withDistanceKm(double km) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, km, rpe, avgHeartRate,
                maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain, painLocation,
                painScore, muscleSoreness, excluded, notes);
    }

    public TrainingSession withHeartRate(int avg, int max) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe, avg,
                max, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain, painLocation,
                painScore, muscleSoreness, excluded, notes);
    }

    public TrainingSession withWarmUpMinutes(double minutes) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, minutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded, notes);
    }

    public TrainingSession withRefuel(double minutesAfter, double carbs, double protein) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, minutesAfter, carbs, protein, pain, painLocation,
                painScore, muscleSoreness, excluded, notes);
    }

    public TrainingSession withPain(boolean flag, String location, int score) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, flag,
                location, score, muscleSoreness, excluded, notes);
    }

    public TrainingSession withMuscleSoreness(int soreness) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, soreness, excluded, notes);
    }

    public TrainingSession withElapsedMinutes(double minutes) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, minutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded, notes);
    }

    public TrainingSession withExcluded(boolean exclude) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, exclude, notes);
    }

    /** Whether a whole-number value was recorded (is not {@link #NOT_RECORDED}). */
    public static boolean recorded(int value) {
        return value != NOT_RECORDED;
    }

    /** A nullable decimal as the record holds it: NaN for null. */
    public static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** A nullable whole number as the record holds it: {@link #NOT_RECORDED} for null. */
    public static int orNone(Integer value) {
        return value == null ? NOT_RECORDED : value;
    }

    /** A recorded decimal (not NaN) must lie in the range; the message says which value and what it was. */
    private static void requireRange(double value, InputLimits range, String field, String label) {
        if (!Double.isNaN(value) && !range.contains(value)) {
            throw new InvalidValueException(field, label + " must be " + range.between() + ", got " + value);
        }
    }

    private static void requireRange(int value, InputLimits range, String field, String label) {
        if (value != NOT_RECORDED && !range.contains(value)) {
            throw new InvalidValueException(field, label + " must be " + range.between() + ", got " + value);
        }
    }
}
