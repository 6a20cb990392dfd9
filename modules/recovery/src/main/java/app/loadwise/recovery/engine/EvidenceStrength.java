package app.loadwise.recovery.engine;

/** How strong the evidence behind a rule is, so a coach can weigh a finding. Never an injury probability. */
public enum EvidenceStrength {
    /** Pain is a reason to stop and get it checked, whatever the load figures say. */
    CLINICAL_PRECAUTION("precaution: pain outranks every load figure"),
    /** Expert consensus or position statements (sleep, nutrition, overtraining). */
    CONSENSUS_STATEMENT("expert consensus statements"),
    /** Controlled trials and their meta-analyses, though not all in runners. */
    CONTROLLED_TRIALS("controlled trials, mostly outside running"),
    /** A prospective cohort study in runners. */
    COHORT_STUDY("a prospective cohort study in runners"),
    /** Coaching practice and expert opinion, not tested in trials. */
    EXPERT_OPINION("coaching practice and expert opinion"),
    /** Studied, but the evidence is weak and its method is disputed. */
    WEAK_AND_DISPUTED("weak and disputed evidence");

    private final String description;

    EvidenceStrength(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
