package app.loadwise.domain.training;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** One logged training session of an athlete on a local date. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public static final int MAX_EXCLUDED_REASON_LENGTH = 500;
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private Long athleteId;

    @Column(name = "local_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 20)
    private SessionType type;

    @Column(name = "moving_minutes")
    private Double movingMinutes;

    @Column(name = "elapsed_minutes")
    private Double elapsedMinutes;

    @Column(name = "distance_km")
    private Double distanceKm;

    private Integer rpe;

    @Column(name = "avg_hr")
    private Integer avgHr;

    @Column(name = "max_hr")
    private Integer maxHr;

    @Column(name = "warm_up_minutes")
    private Integer warmUpMinutes;

    @Column(name = "refuel_minutes")
    private Integer refuelMinutes;

    @Column(name = "carbs_g")
    private Integer carbsG;

    @Column(name = "protein_g")
    private Integer proteinG;

    @Column(name = "pain", nullable = false)
    private boolean pain;

    @Column(name = "pain_location", length = SessionDetails.MAX_PAIN_LOCATION_LENGTH)
    private String painLocation;

    @Column(name = "pain_score")
    private Integer painScore;

    @Column(name = "muscle_soreness")
    private Integer muscleSoreness;

    @Column(length = SessionDetails.MAX_NOTES_LENGTH)
    private String notes;

    @Column(nullable = false)
    private boolean excluded;

    @Column(name = "excluded_reason", length = MAX_EXCLUDED_REASON_LENGTH)
    private String excludedReason;

    @Embedded
    private SessionSource source;

    @Column(name = "natural_key", nullable = false, length = 80)
    private String naturalKey;

    @Version
    private long version;

    protected TrainingSession() {
    }

    public TrainingSession(long athleteId, SessionDetails details, SessionSource source) {
        this.athleteId = athleteId;
        this.source = source;
        revise(details);
    }

    public void revise(SessionDetails details) {
        this.date = details.date();
        this.startTime = details.startTime();
        this.type = details.type();
        this.movingMinutes = details.movingMinutes();
        this.elapsedMinutes = details.elapsedMinutes();
        this.distanceKm = details.distanceKm();
        this.rpe = details.rpe();
        this.avgHr = details.avgHr();
        this.maxHr = details.maxHr();
        this.warmUpMinutes = details.warmUpMinutes();
        this.refuelMinutes = details.refuelMinutes();
        this.carbsG = details.carbsG();
        this.proteinG = details.proteinG();
        this.pain = details.pain();
        this.painLocation = details.painLocation();
        this.painScore = details.painScore();
        this.muscleSoreness = details.muscleSoreness();
        this.notes = details.notes();
        this.naturalKey = naturalKey(athleteId, details);
    }

    /** Keeps the session on record but out of every load figure. */
    public void exclude(String reason) {
        InvalidValueException.require(reason != null && !reason.isBlank(), "excludedReason", "a reason is required to exclude a session");
        InvalidValueException.require(reason.strip().length() <= MAX_EXCLUDED_REASON_LENGTH, "excludedReason",
                "reason must be at most " + MAX_EXCLUDED_REASON_LENGTH + " characters");
        this.excluded = true;
        this.excludedReason = reason.strip();
    }

    public void include() {
        this.excluded = false;
        this.excludedReason = null;
    }

    /**
     * The key under which two records of the same session meet: athlete, local date and start time to the
     * minute; without a start time, athlete, date and type.
     */
    public static String naturalKey(long athleteId, SessionDetails details) {
        return athleteId + "|" + details.date() + "|"
                + (details.startTime() != null ? details.startTime().format(KEY_TIME) : details.type().code());
    }

    public SessionDetails details() {
        return new SessionDetails(date, startTime, type, movingMinutes, elapsedMinutes, distanceKm, rpe, avgHr, maxHr,
                warmUpMinutes, refuelMinutes, carbsG, proteinG, pain, painLocation, painScore, muscleSoreness, notes);
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

    public boolean isExcluded() {
        return excluded;
    }

    public String excludedReason() {
        return excludedReason;
    }

    public SessionSource source() {
        return source;
    }

    public String naturalKey() {
        return naturalKey;
    }

    public long version() {
        return version;
    }
}
