package app.loadwise.webhooks.internal.store;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A club's endpoint for events. The signing secret is kept as issued, because every delivery is signed with it; it
 * is shown to the club once, when the webhook is created, and never answered again.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(nullable = false, length = 2000)
    private String url;

    /** Subscribed event names, comma-separated, in declaration order. */
    @Column(nullable = false, length = 200)
    private String events;

    @Column(length = 500)
    private String description;

    @Column(nullable = false, length = 100, updatable = false)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", length = 200, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Webhook() {
    }

    public Webhook(long clubId, String url, Collection<WebhookEventType> events, String description, String secret,
                   String createdBy, Instant at) {
        this.clubId = clubId;
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.active = true;
        change(url, events, description, true, at);
    }

    /** New settings; the secret stays. */
    public void change(String newUrl, Collection<WebhookEventType> newEvents, String newDescription, boolean nowActive, Instant at) {
        InvalidValueException.require(newUrl != null && !newUrl.isBlank(), "url", "url is required");
        InvalidValueException.require(newUrl.length() <= 2000, "url", "url must have 2000 characters or fewer");
        InvalidValueException.require(newEvents != null && !newEvents.isEmpty(), "events", "events must name at least one event");
        InvalidValueException.require(newEvents.stream().allMatch(WebhookEventType.subscribable()::contains), "events",
                "events may be " + WebhookEventType.subscribable().stream().map(WebhookEventType::apiName)
                        .collect(Collectors.joining(", ")));
        InvalidValueException.require(newDescription == null || newDescription.length() <= 500, "description",
                "description must have 500 characters or fewer");
        this.url = newUrl.strip();
        this.events = EnumSet.copyOf(newEvents).stream().map(WebhookEventType::apiName).collect(Collectors.joining(","));
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        this.active = nowActive;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public String url() {
        return url;
    }

    public List<WebhookEventType> events() {
        return Arrays.stream(events.split(",")).map(name -> WebhookEventType.fromApiName(name, "events")).toList();
    }

    public String description() {
        return description;
    }

    public String secret() {
        return secret;
    }

    public boolean active() {
        return active;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
