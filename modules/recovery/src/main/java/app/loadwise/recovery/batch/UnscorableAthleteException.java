package app.loadwise.recovery.batch;

import app.loadwise.domain.common.IsoWeek;

/** An athlete the run cannot score; the step skips them and records the reason. */
public class UnscorableAthleteException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long athleteId;
    private final transient IsoWeek week;

    public UnscorableAthleteException(long athleteId, IsoWeek week, String reason) {
        super(reason);
        this.athleteId = athleteId;
        this.week = week;
    }

    public long athleteId() {
        return athleteId;
    }

    public IsoWeek week() {
        return week;
    }
}
