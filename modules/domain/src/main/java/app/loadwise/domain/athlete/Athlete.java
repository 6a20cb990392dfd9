package app.loadwise.domain.athlete;

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
import java.time.ZoneId;

/** A club member whose training is logged and scored. Belongs to one club, referred to by id. */
@Entity
@Table(name = "athlete")
public class Athlete {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "athlete_seq")
    @SequenceGenerator(name = "athlete_seq", sequenceName = "athlete_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(name = "member_id", nullable = false, length = 64)
    private String memberId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Sex sex;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExperienceLevel level;

    @Column(name = "max_hr")
    private Integer maxHr;

    @Column(name = "resting_hr")
    private Integer restingHr;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Athlete() {
    }

    public Athlete(long clubId, String memberId, AthleteProfile profile) {
        this.clubId = clubId;
        changeMemberId(memberId);
        updateProfile(profile);
        this.active = true;
    }

    public void changeMemberId(String newMemberId) {
        InvalidValueException.require(newMemberId != null && !newMemberId.isBlank(), "memberId", "member id is required");
        InvalidValueException.require(newMemberId.strip().length() <= 64, "memberId", "member id must be at most 64 characters");
        this.memberId = newMemberId.strip();
    }

    public void updateProfile(AthleteProfile profile) {
        this.name = profile.name();
        this.sex = profile.sex();
        this.birthYear = profile.birthYear();
        this.level = profile.level();
        this.maxHr = profile.maxHr();
        this.restingHr = profile.restingHr();
        this.timeZone = profile.timeZone() == null ? null : profile.timeZone().getId();
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** The zone whose local dates bucket this athlete's days: their own, else the club's. */
    public ZoneId zoneOr(ZoneId clubZone) {
        return timeZone == null ? clubZone : ZoneId.of(timeZone);
    }

    public AthleteProfile profile() {
        return new AthleteProfile(name, sex, birthYear, level, maxHr, restingHr, timeZone == null ? null : ZoneId.of(timeZone));
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public String memberId() {
        return memberId;
    }

    public String name() {
        return name;
    }

    public Sex sex() {
        return sex;
    }

    public ExperienceLevel level() {
        return level;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }
}
