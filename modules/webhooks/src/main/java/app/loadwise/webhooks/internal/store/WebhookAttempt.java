package app.loadwise.webhooks.internal.store;

import app.loadwise.domain.common.ColumnText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One POST of a delivery: when, the HTTP status or the error, and how long it took. */
@Embeddable
public class WebhookAttempt {

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(length = 2000)
    private String error;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(Instant attemptedAt, Integer httpStatus, String error, long durationMs) {
        this.attemptedAt = attemptedAt;
        this.httpStatus = httpStatus;
        this.error = ColumnText.clip(error, 2000);
        this.durationMs = durationMs;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    /** The receiver's HTTP status; null when there was no answer. */
    public Integer httpStatus() {
        return httpStatus;
    }

    public String error() {
        return error;
    }

    public long durationMs() {
        return durationMs;
    }

    public boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
