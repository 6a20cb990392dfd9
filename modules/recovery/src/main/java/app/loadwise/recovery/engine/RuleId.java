package app.loadwise.recovery.engine;

import java.util.HashMap;
import java.util.Map;

/** The coaching rules. {@link #id()} is the stable string stored with findings and used in settings. */
public enum RuleId {
    BUFFER_DAY("buffer-day", EvidenceStrength.EXPERT_OPINION),
    SPEED_DAYS("speed-days", EvidenceStrength.EXPERT_OPINION),
    NEW_INTENSITY("new-intensity", EvidenceStrength.EXPERT_OPINION),
    ACWR_SPIKE("acwr-spike", EvidenceStrength.WEAK_AND_DISPUTED),
    SINGLE_RUN_SPIKE("single-run-spike", EvidenceStrength.COHORT_STUDY),
    NO_EASY_DAY("no-easy-day", EvidenceStrength.EXPERT_OPINION),
    AFTER_LONG_RUN("after-long-run", EvidenceStrength.EXPERT_OPINION),
    WARM_UP("warm-up", EvidenceStrength.EXPERT_OPINION),
    STRENGTH("strength", EvidenceStrength.CONTROLLED_TRIALS),
    SLEEP("sleep", EvidenceStrength.CONSENSUS_STATEMENT),
    REFUEL("refuel", EvidenceStrength.CONSENSUS_STATEMENT),
    PAIN("pain", EvidenceStrength.CLINICAL_PRECAUTION),
    BURNOUT("burnout", EvidenceStrength.CONSENSUS_STATEMENT),
    MONOTONY("monotony", EvidenceStrength.EXPERT_OPINION);

    private static final Map<String, RuleId> BY_ID = byId();

    private final String id;
    private final EvidenceStrength evidenceStrength;

    RuleId(String id, EvidenceStrength evidenceStrength) {
        this.id = id;
        this.evidenceStrength = evidenceStrength;
    }

    public String id() {
        return id;
    }

    public EvidenceStrength evidenceStrength() {
        return evidenceStrength;
    }

    private static Map<String, RuleId> byId() {
        Map<String, RuleId> rules = new HashMap<>();
        for (RuleId rule : values()) {
            rules.put(rule.id, rule);
        }
        return Map.copyOf(rules);
    }

    /** The rule for a stable id ("buffer-day"). */
    public static RuleId fromId(String id) {
        RuleId rule = id == null ? null : BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule id '" + id + "'");
        }
        return rule;
    }
}
