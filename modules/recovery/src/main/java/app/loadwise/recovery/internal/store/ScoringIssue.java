package app.loadwise.recovery.internal.store;

import app.loadwise.domain.common.IsoWeek;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An athlete a scoring run could not score, and why; one bad athlete never fails the run. */
@Entity
@Table(name = "scoring_issue")
public class ScoringIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scoring_issue_seq")
    @SequenceGenerator(name = "scoring_issue_seq", sequenceName = "scoring_issue_seq", allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false, updatable = false)
    private long executionId;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private long athleteId;

    @Column(name = "iso_week", length = 8, updatable = false)
    private String isoWeek;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ScoringIssue() {
    }

    public ScoringIssue(long executionId, long athleteId, IsoWeek week, String reason, Instant recordedAt) {
        this.executionId = executionId;
        this.athleteId = athleteId;
        this.isoWeek = week == null ? null : week.toString();
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long executionId() {
        return executionId;
    }

    public long athleteId() {
        return athleteId;
    }

    public String isoWeek() {
        return isoWeek;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
