package app.loadwise.domain.recovery;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An athlete's balance score for one ISO week under one formula version, with its figures and findings. */
@Entity
@Table(name = "weekly_score")
public class WeeklyScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weekly_score_seq")
    @SequenceGenerator(name = "weekly_score_seq", sequenceName = "weekly_score_seq", allocationSize = 50)
    private Long id;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private Long athleteId;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(name = "iso_week", nullable = false, updatable = false, length = 8)
    private String isoWeek;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Column(name = "formula_version", nullable = false, updatable = false, length = 16)
    private String formulaVersion;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ScoreStatus status;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Embedded
    private WeeklyFigures figures;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "weekly_score_finding", joinColumns = @JoinColumn(name = "weekly_score_id"))
    @OrderColumn(name = "position")
    private List<StoredFinding> findings = new ArrayList<>();

    @Version
    private long version;

    protected WeeklyScore() {
    }

    public WeeklyScore(long athleteId, long clubId, IsoWeek week, String formulaVersion) {
        InvalidValueException.require(formulaVersion != null && !formulaVersion.isBlank(), "formulaVersion", "formula version is required");
        this.athleteId = athleteId;
        this.clubId = clubId;
        this.isoWeek = week.toString();
        this.weekStart = week.monday();
        this.formulaVersion = formulaVersion;
    }

    /** Replaces the outcome; re-scoring a week overwrites, it never adds a second score. */
    public void record(int newScore, ScoreStatus newStatus, boolean isProvisional, WeeklyFigures newFigures,
                       List<StoredFinding> newFindings, Instant at) {
        InvalidValueException.require(newScore >= 0 && newScore <= 100, "score", "score must be between 0 and 100");
        InvalidValueException.require(newStatus != null, "status", "status is required");
        this.score = newScore;
        this.status = newStatus;
        this.provisional = isProvisional;
        this.figures = newFigures;
        this.findings.clear();
        this.findings.addAll(newFindings);
        this.computedAt = at;
    }

    public Long id() {
        return id;
    }

    public long athleteId() {
        return athleteId;
    }

    public long clubId() {
        return clubId;
    }

    public IsoWeek week() {
        return IsoWeek.parse(isoWeek);
    }

    public String formulaVersion() {
        return formulaVersion;
    }

    public int score() {
        return score;
    }

    public ScoreStatus status() {
        return status;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public WeeklyFigures figures() {
        return figures;
    }

    public List<StoredFinding> findings() {
        return List.copyOf(findings);
    }
}
