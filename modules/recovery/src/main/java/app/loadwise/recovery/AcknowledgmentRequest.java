package app.loadwise.recovery;

import app.loadwise.domain.recovery.FindingAcknowledgment;
import jakarta.validation.constraints.Size;

/** A coach's acknowledgment of a finding: an optional note (what was said or changed). */
public record AcknowledgmentRequest(
        @Size(max = FindingAcknowledgment.MAX_NOTE_LENGTH, message = "note must be at most " + FindingAcknowledgment.MAX_NOTE_LENGTH
                + " characters") String note) {
}
