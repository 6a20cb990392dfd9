package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One logged session. {@code date} is the local date in the athlete's (or club's) time zone; see
 * {@link LocalDays} for turning an instant into one. Optional values are null when not recorded.
 * Moving minutes drive every load method; elapsed minutes are kept for display and never stand in
 * for moving time.
 */
public record TrainingSession(
        String id,
        LocalDate date,
        LocalTime startTime,
        SessionType type,
        Double movingMinutes,
        Double elapsedMinutes,
        Double distanceKm,
        Double rpe,
        Integer avgHeartRate,
        Integer maxHeartRate,
        Double warmUpMinutes,
        Double refuelMinutesAfter,
        Double carbsGrams,
        Double proteinGrams,
        boolean pain,
        String painLocation,
        Integer painScore,
        Integer muscleSoreness,
        boolean excluded) {

    public TrainingSession {
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
    public static TrainingSession of(String id, LocalDate date, SessionType type, Double movingMinutes, Double rpe) {
        return new TrainingSession(id, date, null, type, movingMinutes, null, null, rpe, null, null,
                null, null, null, null, false, null, null, null, false);
    }

    public TrainingSession withDistanceKm(Double km) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, km, rpe, avgHeartRate,
                maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain, painLocation,
                painScore, muscleSoreness, excluded);
    }

    public TrainingSession withHeartRate(Integer avg, Integer max) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe, avg,
                max, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain, painLocation,
                painScore, muscleSoreness, excluded);
    }

    public TrainingSession withWarmUpMinutes(Double minutes) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, minutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded);
    }

    public TrainingSession withRefuel(Double minutesAfter, Double carbs, Double protein) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, minutesAfter, carbs, protein, pain, painLocation,
                painScore, muscleSoreness, excluded);
    }

    public TrainingSession withPain(boolean flag, String location, Integer score) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, flag,
                location, score, muscleSoreness, excluded);
    }

    public TrainingSession withMuscleSoreness(Integer soreness) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, soreness, excluded);
    }

    public TrainingSession withElapsedMinutes(Double minutes) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, minutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded);
    }

    public TrainingSession withExcluded(boolean exclude) {
        return new TrainingSession(id, date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, exclude);
    }

    public TrainingSession withDate(LocalDate newDate) {
        return new TrainingSession(id, newDate, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe,
                avgHeartRate, maxHeartRate, warmUpMinutes, refuelMinutesAfter, carbsGrams, proteinGrams, pain,
                painLocation, painScore, muscleSoreness, excluded);
    }

    private static void requireRange(Number value, double min, double max, String field, String label) {
        if (value != null) {
            double v = value.doubleValue();
            InvalidValueException.require(v >= min && v <= max, field,
                    label + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + value);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
