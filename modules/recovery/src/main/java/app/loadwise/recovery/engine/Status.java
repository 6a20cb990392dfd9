package app.loadwise.recovery.engine;

/** The traffic light of the weekly balance score: green 75-100, amber 50-74, red 0-49. */
public enum Status {
    GREEN, AMBER, RED;

    /** The status for a score; every score maps to exactly one status. */
    public static Status ofScore(int score) {
        if (score >= 75) {
            return GREEN;
        }
        return score >= 50 ? AMBER : RED;
    }
}
