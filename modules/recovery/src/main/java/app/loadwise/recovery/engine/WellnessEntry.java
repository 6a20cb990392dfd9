package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;

/**
 * One morning's wellness record for a local date. Questionnaire items (sleep quality, fatigue, stress,
 * mood, soreness) are Hooper scores 1 to 7 where higher is worse. Each value is null when not recorded.
 */
public record WellnessEntry(
        LocalDate date,
        Double sleepHours,
        Integer sleepQuality,
        Integer restingHeartRate,
        Double hrvRmssdMs,
        Integer fatigue,
        Integer stress,
        Integer mood,
        Integer soreness,
        String painNote) {

    public WellnessEntry {
        InvalidValueException.require(date != null, "date", "wellness date is required");
        InvalidValueException.require(sleepHours == null || (sleepHours >= 0 && sleepHours <= 24),
                "sleepHours", "sleep hours must be between 0 and 24");
        requireHooper(sleepQuality, "sleepQuality");
        requireHooper(fatigue, "fatigue");
        requireHooper(stress, "stress");
        requireHooper(mood, "mood");
        requireHooper(soreness, "soreness");
        InvalidValueException.require(restingHeartRate == null || (restingHeartRate >= 25 && restingHeartRate <= 150),
                "restingHeartRate", "morning resting heart rate must be between 25 and 150 bpm");
        InvalidValueException.require(hrvRmssdMs == null || (hrvRmssdMs > 0 && hrvRmssdMs <= 500),
                "hrvRmssdMs", "HRV rMSSD must be between 0 and 500 ms");
    }

    /** Sleep and the four Hooper items that make up the index. */
    public static WellnessEntry hooper(LocalDate date, Double sleepHours, int sleepQuality, int fatigue, int stress,
                                       int soreness) {
        return new WellnessEntry(date, sleepHours, sleepQuality, null, null, fatigue, stress, null, soreness, null);
    }

    private static void requireHooper(Integer value, String field) {
        InvalidValueException.require(value == null || (value >= 1 && value <= 7), field,
                field + " must be a Hooper score from 1 to 7");
    }
}
