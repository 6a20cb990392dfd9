package app.loadwise.webhooks.internal.store;

import app.loadwise.domain.common.ColumnText;
import app.loadwise.domain.common.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One event on its way to one webhook; unique on (webhook, event), so a webhook hears of an event once. Rows are
 * written by {@link WebhookOutbox}; sending instances take a due row with one conditional update
 * ({@link WebhookDeliveryRepository#take}) and record each attempt here.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private Long id;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    private Long webhookId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WebhookDeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "webhook_delivery_attempt", joinColumns = @JoinColumn(name = "webhook_delivery_id"))
    @OrderColumn(name = "position")
    private List<WebhookAttempt> attemptLog = new ArrayList<>();

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    /**
     * Records an attempt made under the lease that ends at {@code lease}: delivered on 2xx, otherwise due again at
     * {@code retryAt}, or failed for good when it is null; the lease ends either way. Answers false when that lease
     * is no longer the delivery's (it ran out and another instance took the delivery): the attempt is then only
     * logged, and what becomes of the delivery is left to the instance that holds it.
     */
    public boolean attempted(WebhookAttempt attempt, Instant retryAt, Instant lease) {
        attempts++;
        attemptLog.add(attempt);
        if (status != WebhookDeliveryStatus.SENDING || leaseUntil == null || !leaseUntil.equals(lease)) {
            return false;
        }
        lastHttpStatus = attempt.httpStatus();
        leaseUntil = null;
        if (attempt.succeeded()) {
            status = WebhookDeliveryStatus.DELIVERED;
            deliveredAt = attempt.attemptedAt();
            lastError = null;
            nextAttemptAt = null;
        } else {
            status = retryAt == null ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING;
            lastError = attempt.error() != null ? attempt.error() : "HTTP " + attempt.httpStatus();
            nextAttemptAt = retryAt;
        }
        return true;
    }

    /**
     * A club admin's request to send it again now: any delivery that is not being sent right now (a delivered one
     * is sent once more, with the same event id). A failing retry of a failed delivery leaves it failed.
     */
    public void retryAt(Instant at) {
        if (isBeingSent(at)) {
            throw new ConflictException("deliveryId", "the delivery is being sent right now");
        }
        status = WebhookDeliveryStatus.PENDING;
        nextAttemptAt = at;
        leaseUntil = null;
    }

    /** Taken by an instance whose lease has not ended. */
    public boolean isBeingSent(Instant now) {
        return status == WebhookDeliveryStatus.SENDING && leaseUntil != null && leaseUntil.isAfter(now);
    }


    public Long id() {
        return id;
    }

    public long webhookId() {
        return webhookId;
    }

    public long eventId() {
        return eventId;
    }

    public WebhookDeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public Integer lastHttpStatus() {
        return lastHttpStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public List<WebhookAttempt> attemptLog() {
        return List.copyOf(attemptLog);
    }
}
