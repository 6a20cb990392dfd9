package app.loadwise.domain.recovery;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
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

/**
 * A coach's acknowledgment of a rule's finding in an athlete's week, with an optional note. Keyed by athlete, ISO
 * week and rule id rather than by the score row, which the nightly job rewrites: the acknowledgment outlives a
 * re-score, also one after which the finding is no longer there.
 */
@Entity
@Table(name = "finding_acknowledgment")
public class FindingAcknowledgment {

    public static final int MAX_NOTE_LENGTH = 1000;
    private static final int MAX_BY_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_acknowledgment_seq")
    @SequenceGenerator(name = "finding_acknowledgment_seq", sequenceName = "finding_acknowledgment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private Long athleteId;

    @Column(name = "iso_week", nullable = false, updatable = false, length = 8)
    private String isoWeek;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Column(name = "rule_id", nullable = false, updatable = false, length = 64)
    private String ruleId;

    @Column(length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "acknowledged_by", nullable = false, length = MAX_BY_LENGTH)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected FindingAcknowledgment() {
    }

    public FindingAcknowledgment(long athleteId, IsoWeek week, String ruleId, String note, String by, Instant at) {
        InvalidValueException.require(week != null, "week", "week is required");
        InvalidValueException.require(ruleId != null && !ruleId.isBlank() && ruleId.length() <= 64, "ruleId", "rule id is required");
        this.athleteId = athleteId;
        this.isoWeek = week.toString();
        this.weekStart = week.monday();
        this.ruleId = ruleId;
        acknowledge(note, by, at);
    }

    /** Acknowledges again: a new note (or none), by whom and when. */
    public void acknowledge(String newNote, String by, Instant at) {
        String text = newNote == null || newNote.isBlank() ? null : newNote.strip();
        InvalidValueException.require(text == null || text.length() <= MAX_NOTE_LENGTH, "note",
                "note must be at most " + MAX_NOTE_LENGTH + " characters, got " + (text == null ? 0 : text.length()));
        InvalidValueException.require(by != null && !by.isBlank(), "acknowledgedBy", "who acknowledges is required");
        InvalidValueException.require(at != null, "acknowledgedAt", "when is required");
        String who = by.strip();
        this.note = text;
        this.acknowledgedBy = who.length() > MAX_BY_LENGTH ? who.substring(0, MAX_BY_LENGTH) : who;
        this.acknowledgedAt = at;
    }

    public Long id() {
        return id;
    }

    public long athleteId() {
        return athleteId;
    }

    public IsoWeek week() {
        return IsoWeek.parse(isoWeek);
    }

    public String ruleId() {
        return ruleId;
    }

    public String note() {
        return note;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public long version() {
        return version;
    }
}
