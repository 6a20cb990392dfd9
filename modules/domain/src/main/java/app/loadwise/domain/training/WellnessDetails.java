package app.loadwise.domain.training;

import static app.loadwise.domain.common.InvalidValueException.require;

import java.time.LocalDate;

/**
 * An athlete's morning check-in for one local date. Fatigue, stress, soreness and sleep quality are Hooper
 * items on 1–7 where 7 is worst; mood is 1–7 where 7 is worst as well, so that a higher Hooper sum is always worse.
 */
public record WellnessDetails(
        LocalDate date,
        Double sleepHours,
        Integer sleepQuality,
        Integer restingHr,
        Double hrvMs,
        Integer fatigue,
        Integer stress,
        Integer mood,
        Integer soreness,
        String painNote) {

    public WellnessDetails {
        require(date != null, "date", "date is required (YYYY-MM-DD)");
        require(sleepHours == null || (sleepHours >= 0 && sleepHours <= 16), "sleepHours", "sleep must be between 0 and 16 hours");
        hooper(sleepQuality, "sleepQuality");
        require(restingHr == null || (restingHr >= 25 && restingHr <= 150), "restingHr",
                "morning resting HR must be between 25 and 150 bpm");
        require(hrvMs == null || (hrvMs > 0 && hrvMs <= 300), "hrvMs", "HRV (rMSSD) must be between 0 and 300 ms");
        hooper(fatigue, "fatigue");
        hooper(stress, "stress");
        hooper(mood, "mood");
        hooper(soreness, "soreness");
        painNote = painNote == null || painNote.isBlank() ? null : painNote.strip();
        require(painNote == null || painNote.length() <= 500, "painNote", "pain note must be at most 500 characters");
        require(sleepHours != null || sleepQuality != null || restingHr != null || hrvMs != null || fatigue != null
                || stress != null || mood != null || soreness != null || painNote != null, "date",
                "a wellness entry needs at least one value");
    }

    private static void hooper(Integer value, String field) {
        require(value == null || (value >= 1 && value <= 7), field, field + " must be between 1 and 7 (7 = worst)");
    }
}
