package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InputLimits;
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

    /** The ranges of {@link InputLimits}, the ones the domain checks before storing an entry. */
    private static void check(LocalDate date, double sleepHours, int sleepQuality, int restingHeartRate,
                              double hrvRmssdMs, int fatigue, int stress, int mood, int soreness) {
        InvalidValueException.require(date != null, "date", "wellness date is required");
        InvalidValueException.require(Double.isNaN(sleepHours) || InputLimits.SLEEP_HOURS.contains(sleepHours),
                "sleepHours", "sleep hours must be " + InputLimits.SLEEP_HOURS.between());
        requireHooper(sleepQuality, "sleepQuality");
        requireHooper(fatigue, "fatigue");
        requireHooper(stress, "stress");
        requireHooper(mood, "mood");
        requireHooper(soreness, "soreness");
        InvalidValueException.require(restingHeartRate == TrainingSession.NOT_RECORDED
                        || InputLimits.MORNING_RESTING_HEART_RATE.contains(restingHeartRate), "restingHeartRate",
                "morning resting heart rate must be " + InputLimits.MORNING_RESTING_HEART_RATE.between());
        InvalidValueException.require(Double.isNaN(hrvRmssdMs) || InputLimits.HRV_MS.contains(hrvRmssdMs),
                "hrvRmssdMs", "HRV rMSSD must be " + InputLimits.HRV_MS.between());
    }

    private static void requireHooper(int value, String field) {
        if (value != TrainingSession.NOT_RECORDED && !InputLimits.HOOPER_SCALE.contains(value)) {
            throw new InvalidValueException(field, field + " must be a Hooper score " + InputLimits.HOOPER_SCALE.between());
        }
    }
}
