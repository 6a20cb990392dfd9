package app.loadwise.recovery.engine;

/** How urgently a coach should act on a finding. */
public enum Severity {
    /** Good practice worth a word; does not change the status on its own. */
    ADVICE,
    /** Watch and adjust this week. */
    AMBER,
    /** Act now: back off. */
    RED
}
