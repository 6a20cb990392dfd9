package app.loadwise.domain.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A rule's finding as stored with a weekly score: what fired, how serious, why and what to do. */
@Embeddable
public class StoredFinding {

    @Column(name = "rule_id", nullable = false, length = 64)
    private String ruleId;

    @Column(nullable = false, length = 16)
    private String severity;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(length = 1000)
    private String advice;

    @Column(length = 4000)
    private String evidence;

    @Column(name = "evidence_strength", length = 200)
    private String evidenceStrength;

    protected StoredFinding() {
    }

    public StoredFinding(String ruleId, String severity, String message, String advice, String evidence, String evidenceStrength) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.message = message;
        this.advice = advice;
        this.evidence = evidence;
        this.evidenceStrength = evidenceStrength;
    }

    public String ruleId() {
        return ruleId;
    }

    public String severity() {
        return severity;
    }

    public String message() {
        return message;
    }

    public String advice() {
        return advice;
    }

    public String evidence() {
        return evidence;
    }

    public String evidenceStrength() {
        return evidenceStrength;
    }
}
