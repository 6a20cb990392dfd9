package app.loadwise.domain.training;

import java.time.LocalDate;

/** A stored wellness entry as read in bulk for scoring, not re-validated. */
public record WellnessRow(long athleteId, LocalDate date, Double sleepHours, Integer sleepQuality, Integer restingHr, Double hrvMs,
                          Integer fatigue, Integer stress, Integer mood, Integer soreness, String painNote) {
}
