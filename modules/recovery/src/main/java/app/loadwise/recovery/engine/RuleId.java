package app.loadwise.recovery.engine;

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

    private static final RuleId[] VALUES = values();

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

    /** The rule for a stable id ("buffer-day"). */
    public static RuleId fromId(String id) {
        for (RuleId rule : VALUES) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule id '" + id + "'");
    }
}
