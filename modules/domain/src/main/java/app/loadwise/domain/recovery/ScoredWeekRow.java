package app.loadwise.domain.recovery;

import java.time.LocalDate;

/** An athlete's scored week, by the Monday it starts on. */
public record ScoredWeekRow(long athleteId, LocalDate weekStart) {
}
