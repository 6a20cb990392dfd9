package app.loadwise.recovery;

/**
 * Coaches acknowledge a rule's finding in an athlete's week with a note. The acknowledgment is keyed by athlete,
 * ISO week and rule, so it survives the nightly re-scoring of the week; one acknowledgment covers all findings of
 * that rule in that week.
 */
public interface FindingAcknowledgments {

    /** Acknowledges (or acknowledges again, replacing the note) the week's finding of the rule; it must be there. */
    Acknowledged acknowledge(long athleteId, String week, String ruleId, AcknowledgmentRequest request, String by);

    AcknowledgmentView get(long athleteId, String week, String ruleId);

    /** Withdraws the acknowledgment (also one whose finding is no longer present). */
    void withdraw(long athleteId, String week, String ruleId);

    /** The stored acknowledgment and whether this call created it. */
    record Acknowledged(boolean created, AcknowledgmentView acknowledgment) {
    }
}
