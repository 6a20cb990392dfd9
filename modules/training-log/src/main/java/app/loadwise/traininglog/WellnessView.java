package app.loadwise.traininglog;

import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import java.time.LocalDate;

/** A wellness entry as the API shows it. */
public record WellnessView(long id, long athleteId, LocalDate date, Double sleepHours, Integer sleepQuality, Integer restingHr,
                           Double hrvMs, Integer fatigue, Integer stress, Integer mood, Integer soreness, String painNote,
                           long version) {

    public static WellnessView of(WellnessEntry entry) {
        WellnessDetails d = entry.details();
        return new WellnessView(entry.id(), entry.athleteId(), d.date(), d.sleepHours(), d.sleepQuality(), d.restingHr(),
                d.hrvMs(), d.fatigue(), d.stress(), d.mood(), d.soreness(), d.painNote(), entry.version());
    }
}
