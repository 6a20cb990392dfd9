package app.loadwise.domain.health;

import java.time.LocalDate;

/** An injury or illness as reports read it: whose, what, and from when to when (no end: still going on). */
public record HealthEventRow(long athleteId, HealthEventKind kind, LocalDate startedOn, LocalDate endedOn) {
}
