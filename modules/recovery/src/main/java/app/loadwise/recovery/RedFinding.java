package app.loadwise.recovery;

import app.loadwise.domain.common.IsoWeek;

/** A red finding as the scoring job wrote it: who, which week, which rule, and what the coach is told. */
public record RedFinding(long clubId, long athleteId, IsoWeek week, String ruleId, String severity, boolean provisional,
                         String message, String advice) {
}
