package app.loadwise.recovery;

import java.time.Instant;
import java.util.List;

/**
 * Fired inside the transaction that stores a chunk of scores, for the red findings among them; observers record
 * what they need in that same transaction.
 */
public record RedFindingsScored(List<RedFinding> findings, Instant at) {

    public RedFindingsScored {
        findings = List.copyOf(findings);
    }
}
