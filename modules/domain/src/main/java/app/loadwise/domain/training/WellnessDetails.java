package app.loadwise.domain.training;

import static app.loadwise.domain.common.InvalidValueException.require;

import app.loadwise.domain.common.InputLimits;
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

    public static final int MAX_PAIN_NOTE_LENGTH = 500;

    public WellnessDetails {
        require(date != null, "date", "date is required (YYYY-MM-DD)");
        require(sleepHours == null || InputLimits.SLEEP_HOURS.contains(sleepHours), "sleepHours",
                "sleep must be " + InputLimits.SLEEP_HOURS.between());
        hooper(sleepQuality, "sleepQuality");
        require(restingHr == null || InputLimits.MORNING_RESTING_HEART_RATE.contains(restingHr), "restingHr",
                "morning resting HR must be " + InputLimits.MORNING_RESTING_HEART_RATE.between());
        require(hrvMs == null || InputLimits.HRV_MS.contains(hrvMs), "hrvMs",
                "HRV (rMSSD) must be " + InputLimits.HRV_MS.between());
        hooper(fatigue, "fatigue");
        hooper(stress, "stress");
        hooper(mood, "mood");
        hooper(soreness, "soreness");
        painNote = painNote == null || painNote.isBlank() ? null : painNote.strip();
        require(painNote == null || painNote.length() <= MAX_PAIN_NOTE_LENGTH, "painNote",
                "pain note must be at most " + MAX_PAIN_NOTE_LENGTH + " characters");
        require(sleepHours != null || sleepQuality != null || restingHr != null || hrvMs != null || fatigue != null
                || stress != null || mood != null || soreness != null || painNote != null, "date",
                "a wellness entry needs at least one value");
    }

    private static void hooper(Integer value, String field) {
        require(value == null || InputLimits.HOOPER_SCALE.contains(value), field,
                field + " must be " + InputLimits.HOOPER_SCALE.between() + " (7 = worst)");
    }
}
