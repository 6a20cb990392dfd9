package app.loadwise.reporting.internal.store;

import app.loadwise.domain.common.ColumnText;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.IsoWeek;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery of one club-week's report by email. The table is unique on (club, ISO week): whoever inserts the
 * row owns the delivery, so a club-week is mailed at most once across restarts and instances.
 */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_delivery_seq")
    @SequenceGenerator(name = "report_delivery_seq", sequenceName = "report_delivery_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(name = "iso_week", nullable = false, updatable = false, length = 8)
    private String isoWeek;

    @Column(name = "trigger_kind", nullable = false, updatable = false, length = 16)
    private String trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(length = 4000)
    private String recipients;

    @Column(name = "message_id", length = 300)
    private String messageId;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_delivery_attempt", joinColumns = @JoinColumn(name = "report_delivery_id"))
    @OrderColumn(name = "position")
    private List<DeliveryAttempt> attemptLog = new ArrayList<>();

    @Version
    private long version;

    protected ReportDelivery() {
    }

    /** A new delivery, held by its creator for sending until {@code leaseUntil}. */
    public ReportDelivery(long clubId, IsoWeek week, String trigger, Instant at, Instant leaseUntil) {
        this.clubId = clubId;
        this.isoWeek = week.toString();
        this.trigger = trigger;
        this.status = DeliveryStatus.SENDING;
        this.createdAt = at;
        this.leaseUntil = leaseUntil;
    }

    /** The mail server accepted the message. */
    public void sent(Instant at, String toRecipients, String acceptedMessageId) {
        attempts++;
        attemptLog.add(new DeliveryAttempt(at, "sent", null));
        status = DeliveryStatus.SENT;
        sentAt = at;
        recipients = ColumnText.clip(toRecipients, 4000);
        messageId = ColumnText.clip(acceptedMessageId, 300);
        lastError = null;
        nextAttemptAt = null;
        leaseUntil = null;
    }

    /** The attempt failed: try again at {@code retryAt}, or give up when it is null. */
    public void failed(Instant at, String error, Instant retryAt) {
        attempts++;
        String message = ColumnText.clip(error == null ? "unknown error" : error, 2000);
        attemptLog.add(new DeliveryAttempt(at, "failed", message));
        lastError = message;
        status = retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.RETRY_PENDING;
        nextAttemptAt = retryAt;
        leaseUntil = null;
    }

    /**
     * An operator's decision to try again: a delivery that gave up, or one interrupted while sending (held past
     * its lease), becomes due at {@code at}. Anything else is refused, so a sent report is never mailed again.
     */
    public void retryAt(Instant at) {
        boolean interrupted = status == DeliveryStatus.SENDING && leaseUntil != null && leaseUntil.isBefore(at);
        if (status != DeliveryStatus.FAILED && !interrupted) {
            throw new ConflictException("status", "only a failed or interrupted delivery can be retried; this one is "
                    + status.code());
        }
        status = DeliveryStatus.RETRY_PENDING;
        nextAttemptAt = at;
        leaseUntil = null;
    }


    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public IsoWeek week() {
        return IsoWeek.parse(isoWeek);
    }

    /** "schedule" or "manual". */
    public String trigger() {
        return trigger;
    }

    public DeliveryStatus status() {
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

    public String recipients() {
        return recipients;
    }

    public String messageId() {
        return messageId;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<DeliveryAttempt> attemptLog() {
        return List.copyOf(attemptLog);
    }
}
