package app.loadwise.domain.health;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An injury or illness of one athlete, recorded by a coach. */
@Entity
@Table(name = "health_event")
public class HealthEvent {

    private static final int MAX_BY_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_event_seq")
    @SequenceGenerator(name = "health_event_seq", sequenceName = "health_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private Long athleteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HealthEventKind kind;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_location", length = 16)
    private BodyLocation bodyLocation;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private HealthSeverity severity;

    @Column(name = "days_lost")
    private Integer daysLost;

    @Column(length = HealthEventDetails.MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = MAX_BY_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "updated_by", length = MAX_BY_LENGTH)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected HealthEvent() {
    }

    public HealthEvent(long athleteId, HealthEventDetails details, String by, Instant at) {
        this.athleteId = athleteId;
        this.recordedBy = who(by);
        this.recordedAt = when(at);
        apply(details);
    }

    /** Corrects what was recorded (an end date once the athlete is back, a better location, days lost). */
    public void revise(HealthEventDetails details, String by, Instant at) {
        this.updatedBy = who(by);
        this.updatedAt = when(at);
        apply(details);
    }

    private void apply(HealthEventDetails details) {
        InvalidValueException.require(details != null, "body", "the event's details are required");
        this.kind = details.kind();
        this.startedOn = details.startedOn();
        this.endedOn = details.endedOn();
        this.bodyLocation = details.bodyLocation();
        this.severity = details.severity();
        this.daysLost = details.daysLost();
        this.note = details.note();
    }

    private static String who(String by) {
        InvalidValueException.require(by != null && !by.isBlank(), "recordedBy", "who records the event is required");
        String name = by.strip();
        return name.length() > MAX_BY_LENGTH ? name.substring(0, MAX_BY_LENGTH) : name;
    }

    private static Instant when(Instant at) {
        InvalidValueException.require(at != null, "recordedAt", "when the event is recorded is required");
        return at;
    }

    public HealthEventDetails details() {
        return new HealthEventDetails(kind, startedOn, endedOn, bodyLocation, severity, daysLost, note);
    }

    public Long id() {
        return id;
    }

    public long athleteId() {
        return athleteId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
