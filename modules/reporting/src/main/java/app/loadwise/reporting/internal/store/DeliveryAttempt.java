package app.loadwise.reporting.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One try at sending a club-week's report: when, and how it went. */
@Embeddable
public class DeliveryAttempt {

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(length = 2000)
    private String error;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(Instant attemptedAt, String outcome, String error) {
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.error = error;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    /** "sent" or "failed". */
    public String outcome() {
        return outcome;
    }

    public String error() {
        return error;
    }
}
