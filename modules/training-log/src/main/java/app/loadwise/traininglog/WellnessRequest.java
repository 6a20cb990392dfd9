package app.loadwise.traininglog;

import app.loadwise.domain.training.WellnessDetails;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A day's wellness to record or the new values of one. */
public record WellnessRequest(
        @NotNull(message = "date is required (YYYY-MM-DD)") LocalDate date,
        Double sleepHours,
        Integer sleepQuality,
        Integer restingHr,
        Double hrvMs,
        Integer fatigue,
        Integer stress,
        Integer mood,
        Integer soreness,
        String painNote) {

    public WellnessDetails details() {
        return new WellnessDetails(date, sleepHours, sleepQuality, restingHr, hrvMs, fatigue, stress, mood, soreness, painNote);
    }
}
