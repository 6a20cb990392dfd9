package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.RowProblem;
import java.util.List;

/** What one data row turned out to be. */
public sealed interface RowOutcome {

    int row();

    /** Who a row belongs to, as the file names them; both null when the upload names the athlete. */
    record AthleteRef(String memberId, String name) {
    }

    /**
     * A session; {@code wellness} is the day's wellness the row carries in extra columns (sleep, morning HR, fatigue...),
     * null when it carries none.
     */
    record Session(int row, AthleteRef athlete, SessionDetails details, List<String> warnings, WellnessDetails wellness)
            implements RowOutcome {
    }

    record Wellness(int row, AthleteRef athlete, WellnessDetails details, List<String> warnings) implements RowOutcome {
    }

    record Invalid(int row, List<RowProblem> problems) implements RowOutcome {
    }

    /**
     * A blank row, a totals row or a repeated header: not data, not an error. {@code note} says what was skipped and
     * why (a totals row, a repeated header); null for a blank row.
     */
    record Ignored(int row, String note) implements RowOutcome {

        public Ignored(int row) {
            this(row, null);
        }
    }
}
