package app.loadwise.recovery;

import java.time.Instant;

/**
 * An acknowledgment as the API shows it. {@code findingPresent} is false when the week, scored again, no longer has a
 * finding of that rule (or no score at all): the acknowledgment is kept and shown as "finding no longer present";
 * {@code findingSeverity} is then null.
 */
public record AcknowledgmentView(long athleteId, String week, String ruleId, String note, String acknowledgedBy,
                                 Instant acknowledgedAt, boolean findingPresent, String findingSeverity) {
}
