package app.loadwise.traininglog;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import app.loadwise.domain.common.MaxText;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import java.time.LocalDate;

/**
 * A wellness entry as the API shows it; {@code source} says who made it: {@code check-in} (the athlete's own, until a
 * coach changes it), {@code import} or {@code api}.
 */
public record WellnessView(
        long id,
        long athleteId,
        LocalDate date,
        @Limited(InputLimits.SLEEP_HOURS) Double sleepHours,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer sleepQuality,
        @Limited(value = InputLimits.MORNING_RESTING_HEART_RATE, description = "morning resting heart rate, bpm") Integer restingHr,
        @Limited(value = InputLimits.HRV_MS, description = "rMSSD, ms") Double hrvMs,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer fatigue,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer stress,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer mood,
        @Limited(value = InputLimits.HOOPER_SCALE, description = "Hooper scale, 7 = worst") Integer soreness,
        @MaxText(WellnessDetails.MAX_PAIN_NOTE_LENGTH) String painNote,
        String source,
        long version) {

    public static WellnessView of(WellnessEntry entry) {
        WellnessDetails d = entry.details();
        return new WellnessView(entry.id(), entry.athleteId(), d.date(), d.sleepHours(), d.sleepQuality(), d.restingHr(),
                d.hrvMs(), d.fatigue(), d.stress(), d.mood(), d.soreness(), d.painNote(), entry.source(), entry.version());
    }
}
