package app.loadwise.traininglog;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.training.WellnessDetails;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A day's wellness to record or the new values of one. */
public record WellnessRequest(
        @NotNull(message = "date is required (YYYY-MM-DD)") LocalDate date,
        @Limited(InputLimits.SLEEP_HOURS) Double sleepHours,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer sleepQuality,
        @Limited(value = InputLimits.MORNING_RESTING_HEART_RATE, description = "morning resting heart rate, bpm") Integer restingHr,
        @Limited(value = InputLimits.HRV_MS, description = "rMSSD, ms") Double hrvMs,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer fatigue,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer stress,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer mood,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer soreness,
        @MaxText(WellnessDetails.MAX_PAIN_NOTE_LENGTH) String painNote) {

    public WellnessDetails details() {
        return new WellnessDetails(date, sleepHours, sleepQuality, restingHr, hrvMs, fatigue, stress, mood, soreness, painNote);
    }
}
