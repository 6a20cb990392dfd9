package app.loadwise.recovery.batch;

import app.loadwise.recovery.engine.WeeklyAssessment;
import java.util.List;

/** An athlete's scored weeks, on their way to the writer. */
public record ScoredAthlete(long athleteId, long clubId, List<Week> weeks) {

    /** One scored week, and whether it is still open. */
    public record Week(WeeklyAssessment assessment, boolean provisional) {
    }
}
