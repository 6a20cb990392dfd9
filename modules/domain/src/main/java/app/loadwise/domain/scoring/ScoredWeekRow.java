package app.loadwise.domain.scoring;

import java.time.LocalDate;

/** An athlete's scored week, by the Monday it starts on. */
public record ScoredWeekRow(long athleteId, LocalDate weekStart) {
}
