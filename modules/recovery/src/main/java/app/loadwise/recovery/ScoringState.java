package app.loadwise.recovery;

/** How far the scoring of a club's ISO week has come under the current formula. */
public enum ScoringState {

    /** No finished scoring run (or backfill) has scored any athlete of the club in that week. */
    NOT_SCORED,

    /** Scored, but at least one athlete's score is still provisional: the week was not over when it was scored. */
    PROVISIONAL,

    /** Scored, and no score is provisional any more: the scores of the week stand. */
    FINAL
}
