package app.loadwise.domain.plan;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
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
import java.time.LocalDate;
import java.util.Locale;

/** A session a coach planned for one athlete on a local date. */
@Entity
@Table(name = "planned_session")
public class PlannedSession {

    /** Where a plan came from. */
    public enum Source {
        API, IMPORT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planned_session_seq")
    @SequenceGenerator(name = "planned_session_seq", sequenceName = "planned_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private Long athleteId;

    @Column(name = "local_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 20)
    private SessionType type;

    @Column(name = "planned_minutes")
    private Double minutes;

    @Column(name = "intended_rpe")
    private Integer intendedRpe;

    @Column(name = "distance_km")
    private Double distanceKm;

    @Column(length = PlannedSessionDetails.MAX_NOTE_LENGTH)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Version
    private long version;

    protected PlannedSession() {
    }

    public PlannedSession(long athleteId, PlannedSessionDetails details, Source source) {
        InvalidValueException.require(details != null, "body", "the planned session is required");
        InvalidValueException.require(source != null, "source", "the plan's source is required");
        this.athleteId = athleteId;
        this.source = source;
        this.date = details.date();
        this.type = details.type();
        this.minutes = details.minutes();
        this.intendedRpe = details.intendedRpe();
        this.distanceKm = details.distanceKm();
        this.note = details.note();
    }

    public PlannedSessionDetails details() {
        return new PlannedSessionDetails(date, type, minutes, intendedRpe, distanceKm, note);
    }

    public Long id() {
        return id;
    }

    public long athleteId() {
        return athleteId;
    }

    public LocalDate date() {
        return date;
    }

    public SessionType type() {
        return type;
    }

    public Source source() {
        return source;
    }

    public long version() {
        return version;
    }
}
