package app.loadwise.webhooks.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something to announce to a club's webhooks, written once under a unique event key (a red finding's key is its
 * athlete, ISO week and rule) by {@link WebhookOutbox} in the transaction that produced it. Never changed.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(name = "event_key", nullable = false, updatable = false, length = 200)
    private String eventKey;

    @Column(name = "event_type", nullable = false, updatable = false, length = 32)
    private String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "athlete_id", updatable = false)
    private Long athleteId;

    @Column(name = "athlete_name", updatable = false, length = 200)
    private String athleteName;

    @Column(name = "iso_week", updatable = false, length = 8)
    private String isoWeek;

    @Column(name = "rule_id", updatable = false, length = 64)
    private String ruleId;

    @Column(updatable = false, length = 16)
    private String severity;

    @Column(updatable = false)
    private Boolean provisional;

    @Column(updatable = false, length = 1000)
    private String message;

    @Column(updatable = false, length = 1000)
    private String advice;

    @Column(name = "download_path", updatable = false, length = 300)
    private String downloadPath;

    protected WebhookEvent() {
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public String eventKey() {
        return eventKey;
    }

    public WebhookEventType type() {
        return WebhookEventType.fromApiName(type, "type");
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long athleteId() {
        return athleteId;
    }

    public String athleteName() {
        return athleteName;
    }

    public String isoWeek() {
        return isoWeek;
    }

    public String ruleId() {
        return ruleId;
    }

    public String severity() {
        return severity;
    }

    public Boolean provisional() {
        return provisional;
    }

    public String message() {
        return message;
    }

    public String advice() {
        return advice;
    }

    public String downloadPath() {
        return downloadPath;
    }
}
