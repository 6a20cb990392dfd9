package app.loadwise.traininglog;

import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import java.time.LocalDate;

/**
 * A wellness entry as the API shows it; {@code source} says who made it: {@code check-in} (the athlete's own, until a
 * coach changes it), {@code import} or {@code api}.
 */
public record WellnessView(long id, long athleteId, LocalDate date, Double sleepHours, Integer sleepQuality, Integer restingHr,
                           Double hrvMs, Integer fatigue, Integer stress, Integer mood, Integer soreness, String painNote,
                           String source, long version) {

    public static WellnessView of(WellnessEntry entry) {
        WellnessDetails d = entry.details();
        return new WellnessView(entry.id(), entry.athleteId(), d.date(), d.sleepHours(), d.sleepQuality(), d.restingHr(),
                d.hrvMs(), d.fatigue(), d.stress(), d.mood(), d.soreness(), d.painNote(), entry.source(), entry.version());
    }
}
