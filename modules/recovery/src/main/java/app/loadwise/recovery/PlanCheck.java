package app.loadwise.recovery;

/**
 * The plan check: what an athlete's planned week would trigger before it happens, assessed by the recovery engine
 * with the athlete's history and the club's rule settings.
 */
public interface PlanCheck {

    /** The check of the ISO week ("2026-W49"); a malformed week is refused naming {@code week}. */
    PlanCheckView check(long athleteId, String week);
}
