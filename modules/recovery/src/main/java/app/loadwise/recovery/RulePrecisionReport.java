package app.loadwise.recovery;

import java.time.LocalDate;
import java.util.List;

/**
 * A club's rule precision for a period: per rule, its red (and, for context, amber) findings and how many were
 * followed by a new injury or illness within {@code windowDays} after the finding's week; the same for all
 * athlete-weeks with any red finding and with none (the base rate), and the injuries and illnesses that started
 * in the period with whether a red finding preceded them.
 */
public record RulePrecisionReport(
        long clubId,
        LocalDate from,
        LocalDate to,
        String firstWeek,
        String lastWeek,
        LocalDate asOf,
        String formulaVersion,
        int windowDays,
        List<RuleOutcome> rules,
        Outcome anyRedFinding,
        Outcome noRedFinding,
        EventOutcome injuries,
        EventOutcome illnesses) {

    /** One rule: its red findings and its amber findings (one per athlete and week). */
    public record RuleOutcome(String ruleId, Outcome red, Outcome amber) {
    }

    /**
     * Counts of athlete-weeks (for a rule: findings). {@code evaluated}: the window has passed and the week did not
     * start during an injury or illness; only these count as followed or not, and the shares are of them (null
     * when none). {@code duringHealthEvent}: started while an injury or illness was going on; {@code pending}: the
     * window is not over yet.
     */
    public record Outcome(long evaluated, long followedByInjury, Double injuryShare, long followedByIllness, Double illnessShare,
                          long duringHealthEvent, long pending) {
    }

    /**
     * Injuries or illnesses that started in the period: how many a red finding preceded (the event started in the
     * window of a red finding of that athlete), how many none did although the athlete was scored in the weeks before
     * (misses), and how many had no scored week before them at all.
     */
    public record EventOutcome(long recorded, long precededByRedFinding, long notPrecededByRedFinding, long withoutScoredWeek) {
    }
}
