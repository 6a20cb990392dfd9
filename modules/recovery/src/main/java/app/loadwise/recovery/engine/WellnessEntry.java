package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;

/**
 * One morning's wellness record for a local date. Questionnaire items (sleep quality, fatigue, stress,
 * mood, soreness) are Hooper scores 1 to 7 where higher is worse. Values are primitives so that scoring reads
 * them without unboxing: a decimal value is {@code NaN} and a whole number {@link TrainingSession#NOT_RECORDED}
 * (-1) when not recorded.
 */
public record WellnessEntry(
        LocalDate date,
        double sleepHours,
        int sleepQuality,
        int restingHeartRate,
        double hrvRmssdMs,
        int fatigue,
        int stress,
        int mood,
        int soreness,
        String painNote) {

    public WellnessEntry {
        check(date, sleepHours, sleepQuality, restingHeartRate, hrvRmssdMs, fatigue, stress, mood, soreness);
    }

    /** The checks of an entry's values, shared with {@link TrainingLog.Builder}. */
    static void check(LocalDate date, double sleepHours, int sleepQuality, int restingHeartRate, double hrvRmssdMs,
                      int fatigue, int stress, int mood, int soreness) {
        InvalidValueException.require(date != null, "date", "wellness date is required");
        InvalidValueException.require(Double.isNaN(sleepHours) || (sleepHours >= 0 && sleepHours <= 24),
                "sleepHours", "sleep hours must be between 0 and 24");
        requireHooper(sleepQuality, "sleepQuality");
        requireHooper(fatigue, "fatigue");
        requireHooper(stress, "stress");
        requireHooper(mood, "mood");
        requireHooper(soreness, "soreness");
        InvalidValueException.require(restingHeartRate == TrainingSession.NOT_RECORDED
                        || (restingHeartRate >= 25 && restingHeartRate <= 150), "restingHeartRate",
                "morning resting heart rate must be between 25 and 150 bpm");
        InvalidValueException.require(Double.isNaN(hrvRmssdMs) || (hrvRmssdMs > 0 && hrvRmssdMs <= 500),
                "hrvRmssdMs", "HRV rMSSD must be between 0 and 500 ms");
    }

    /** Sleep and the four Hooper items that make up the index. */
    public static WellnessEntry hooper(LocalDate date, double sleepHours, int sleepQuality, int fatigue, int stress,
                                       int soreness) {
        return new WellnessEntry(date, sleepHours, sleepQuality, TrainingSession.NOT_RECORDED, Double.NaN, fatigue,
                stress, TrainingSession.NOT_RECORDED, soreness, null);
    }

    private static void requireHooper(int value, String field) {
        if (value != TrainingSession.NOT_RECORDED && (value < 1 || value > 7)) {
            throw new InvalidValueException(field, field + " must be a Hooper score from 1 to 7");
        }
    }
}
