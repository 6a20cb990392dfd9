package app.loadwise.domain.training;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An athlete's wellness for one local date; at most one per athlete and date. */
@Entity
@Table(name = "wellness_entry")
public class WellnessEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wellness_entry_seq")
    @SequenceGenerator(name = "wellness_entry_seq", sequenceName = "wellness_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private Long athleteId;

    @Column(name = "local_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "sleep_hours")
    private Double sleepHours;

    @Column(name = "sleep_quality")
    private Integer sleepQuality;

    @Column(name = "resting_hr")
    private Integer restingHr;

    @Column(name = "hrv_ms")
    private Double hrvMs;

    private Integer fatigue;

    private Integer stress;

    private Integer mood;

    private Integer soreness;

    @Column(name = "pain_note", length = 500)
    private String painNote;

    @Version
    private long version;

    protected WellnessEntry() {
    }

    public WellnessEntry(long athleteId, WellnessDetails details) {
        this.athleteId = athleteId;
        this.date = details.date();
        revise(details);
    }

    /** Replaces the values of the day; the date itself never changes. */
    public void revise(WellnessDetails details) {
        InvalidValueException.require(details.date().equals(date), "date",
                "a wellness entry cannot move to another date; delete it and record the new date");
        this.sleepHours = details.sleepHours();
        this.sleepQuality = details.sleepQuality();
        this.restingHr = details.restingHr();
        this.hrvMs = details.hrvMs();
        this.fatigue = details.fatigue();
        this.stress = details.stress();
        this.mood = details.mood();
        this.soreness = details.soreness();
        this.painNote = details.painNote();
    }

    public WellnessDetails details() {
        return new WellnessDetails(date, sleepHours, sleepQuality, restingHr, hrvMs, fatigue, stress, mood, soreness, painNote);
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

    public long version() {
        return version;
    }
}
