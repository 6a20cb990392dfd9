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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    @Column(name = "pain_note", length = WellnessDetails.MAX_PAIN_NOTE_LENGTH)
    private String painNote;

    /** {@link #CHECK_IN} while the athlete's own check-in makes the entry; null once a coach or import changed it. */
    @Column(name = "entered_by", length = 16)
    private String enteredBy;

    @Column(name = "source_import_id", insertable = false, updatable = false)
    private Long sourceImportId;

    @Column(name = "pain_location", length = 32)
    private String painLocation;

    @Column(name = "pain_kind", length = 8)
    private String painKind;

    @Column(name = "pain_score")
    private Integer painScore;

    @Column(name = "check_in_note", length = 300)
    private String checkInNote;

    /** When the athlete last answered this day's check-in; it stays when a coach changes the entry. */
    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Version
    private long version;

    protected WellnessEntry() {
    }

    public WellnessEntry(long athleteId, WellnessDetails details) {
        this.athleteId = athleteId;
        this.date = details.date();
        revise(details);
    }

    /** The source of an entry made or last changed by the athlete's own check-in. */
    public static final String CHECK_IN = "check-in";

    /** An entry made by the athlete's check-in. */
    public static WellnessEntry checkedIn(long athleteId, WellnessDetails details, CheckInPain pain, Instant at) {
        WellnessEntry entry = new WellnessEntry(athleteId, details);
        entry.enteredBy = CHECK_IN;
        entry.pain(pain);
        entry.checkedInAt = at;
        return entry;
    }

    /** Replaces the values of the day with a coach's (or an import's); the entry is no longer the athlete's check-in. */
    public void revise(WellnessDetails details) {
        replace(details);
        this.enteredBy = null;
    }

    /**
     * A row of an import held for review, imported after all: each value the row gives replaces the entry's (a value
     * that differed is what the review was about), each value the row lacks is kept. The entry is no longer the
     * athlete's check-in; the check-in's pain answers stay.
     */
    public void mergeReviewed(WellnessDetails row) {
        WellnessDetails d = details();
        replace(new WellnessDetails(date,
                either(row.sleepHours(), d.sleepHours()),
                either(row.sleepQuality(), d.sleepQuality()),
                either(row.restingHr(), d.restingHr()),
                either(row.hrvMs(), d.hrvMs()),
                either(row.fatigue(), d.fatigue()),
                either(row.stress(), d.stress()),
                either(row.mood(), d.mood()),
                either(row.soreness(), d.soreness()),
                either(row.painNote(), d.painNote())));
        this.enteredBy = null;
    }

    private static <T> T either(T given, T kept) {
        return given != null ? given : kept;
    }

    /** The athlete corrects their own check-in of the day: every value is replaced, pain answers included. */
    public void correctCheckIn(WellnessDetails details, CheckInPain pain, Instant at) {
        InvalidValueException.require(isCheckIn(), "date", "only an entry made by the athlete's check-in can be corrected by it");
        replace(details);
        pain(pain);
        checkedInAt = at;
    }

    /**
     * A check-in on a day a coach or an import already recorded: it adds the values the entry does not have and keeps
     * every value it has. Answers the names of the fields whose recorded value was kept over the athlete's.
     */
    public List<String> fillFromCheckIn(WellnessDetails answers, CheckInPain pain, Instant at) {
        checkedInAt = at;
        WellnessDetails d = details();
        List<String> kept = new ArrayList<>();
        WellnessDetails merged = new WellnessDetails(date,
                pick(d.sleepHours(), answers.sleepHours(), "sleepHours", kept),
                pick(d.sleepQuality(), answers.sleepQuality(), "sleepQuality", kept),
                pick(d.restingHr(), answers.restingHr(), "restingHr", kept),
                pick(d.hrvMs(), answers.hrvMs(), "hrvMs", kept),
                pick(d.fatigue(), answers.fatigue(), "fatigue", kept),
                pick(d.stress(), answers.stress(), "stress", kept),
                pick(d.mood(), answers.mood(), "mood", kept),
                pick(d.soreness(), answers.soreness(), "soreness", kept),
                pick(d.painNote(), answers.painNote(), "painNote", kept));
        replace(merged);
        if (painLocation == null && painKind == null && painScore == null && checkInNote == null) {
            pain(pain);
        } else if (pain != null && !pain.isEmpty()) {
            kept.add("pain");
        }
        return kept;
    }

    private static <T> T pick(T recorded, T answer, String field, List<String> kept) {
        if (recorded == null) {
            return answer;
        }
        if (answer != null && !answer.equals(recorded)) {
            kept.add(field);
        }
        return recorded;
    }

    private void pain(CheckInPain pain) {
        CheckInPain p = pain == null ? CheckInPain.NONE : pain;
        this.painLocation = p.location();
        this.painKind = p.kind();
        this.painScore = p.score();
        this.checkInNote = p.note();
    }

    /** When the athlete last answered this day's check-in, or null when they never did. */
    public Instant checkedInAt() {
        return checkedInAt;
    }

    public boolean isCheckIn() {
        return CHECK_IN.equals(enteredBy);
    }

    /** Where the entry came from: {@code check-in}, {@code import} or {@code api}. */
    public String source() {
        return isCheckIn() ? CHECK_IN : sourceImportId != null ? "import" : "api";
    }

    /** The pain answers and note of the athlete's check-in, or {@link CheckInPain#NONE}. */
    public CheckInPain checkInPain() {
        return new CheckInPain(painLocation, painKind, painScore, checkInNote);
    }

    private void replace(WellnessDetails details) {
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
