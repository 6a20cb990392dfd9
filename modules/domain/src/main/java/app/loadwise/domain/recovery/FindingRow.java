package app.loadwise.domain.recovery;

import java.time.LocalDate;

/** One rule's finding in an athlete's week, as the rule precision report reads it: several findings of a rule in a week are one row. */
public record FindingRow(long athleteId, LocalDate weekStart, String ruleId, String severity) {
}
