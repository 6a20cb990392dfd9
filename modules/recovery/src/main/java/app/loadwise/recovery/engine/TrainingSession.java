package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One logged session. {@code date} is the local date in the athlete's (or club's) time zone; see
 * {@link LocalDays} for turning an instant into one. Optional values are primitives so that scoring reads
 * them without unboxing: a decimal value is {@code NaN} and a whole number {@link #NOT_RECORDED} (-1) when not
 * recorded ({@link #recorded(double)}, {@link #recorded(int)}; {@link #orNaN(Double)}, {@link #orNone(Integer)}
 * turn nullable values into these). Moving minutes drive every load method; elapsed minutes are kept for
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

    /** The checks of a session's values, shared with {@link TrainingLog.Builder}. */
    static void check(String id, LocalDate date, SessionType type, double movingMinutes, double elapsedMinutes,
                      double distanceKm, double rpe, int avgHeartRate, int maxHeartRate, double warmUpMinutes,
                      double refuelMinutesAfter, double carbsGrams, double proteinGrams, int painScore,
                      int muscleSoreness) {
        InvalidValueException.require(id != null && !id.isBlank(), "id", "session id is required");
        InvalidValueException.require(date != null, "date", "session date is required");
        InvalidValueException.require(type != null, "type", "session type is required");
        requireRange(movingMinutes, 0, 24 * 60, "movingMinutes", "moving minutes");
        requireRange(elapsedMinutes, 0, 24 * 60, "elapsedMinutes", "elapsed minutes");
        requireRange(distanceKm, 0, 1000, "distanceKm", "distance");
        requireRange(rpe, 0, 10, "rpe", "RPE");
        requireRange(avgHeartRate, 25, 250, "avgHeartRate", "average heart rate");
        requireRange(maxHeartRate, 25, 250, "maxHeartRate", "maximum heart rate");
        requireRange(warmUpMinutes, 0, 24 * 60, "warmUpMinutes", "warm-up minutes");
        requireRange(refuelMinutesAfter, 0, 24 * 60, "refuelMinutesAfter", "refuel minutes");
        requireRange(carbsGrams, 0, 2000, "carbsGrams", "carbohydrate");
        requireRange(proteinGrams, 0, 1000, "proteinGrams", "protein");
        requireRange(painScore, 0, 10, "painScore", "pain score");
        requireRange(muscleSoreness, 0, 10, "muscleSoreness", "muscle soreness");
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

    public TrainingSession withDate(LocalDate newDate) {
        return new TrainingSession(id, newDate, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded, notes);
    }

    /** Whether a decimal value was recorded (is not NaN). */
    public static boolean recorded(double value) {
        return !Double.isNaN(value);
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

    /** The message is made only for a value out of range: sessions are checked by the hundred thousand a night. */
    private static void requireRange(double value, double min, double max, String field, String label) {
        if (value < min || value > max) {
            throw new InvalidValueException(field,
                    label + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + value);
        }
    }

    private static void requireRange(int value, int min, int max, String field, String label) {
        if (value != NOT_RECORDED && (value < min || value > max)) {
            throw new InvalidValueException(field, label + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
