package app.loadwise.recovery.engine;

/**
 * One coaching finding: the rule's stable id (see {@link RuleId}), its severity, a plain-language message,
 * the advice, the evidence, and how strong the evidence behind the rule is. Never an injury probability.
 */
public record Finding(String ruleId, Severity severity, String message, String advice, Evidence evidence,
                      EvidenceStrength evidenceStrength) {

    public Finding(RuleId rule, Severity severity, String message, String advice, Evidence evidence) {
        this(rule.id(), severity, message, advice, evidence, rule.evidenceStrength());
    }
}
