package app.loadwise.recovery.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.engine.RuleSettings;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * One athlete with the training log a run needs, read in bulk with the rest of the chunk, and their club's rule
 * settings ({@code settings} null with {@code settingsProblem} saying why when the club's stored settings do not read).
 */
public record AthleteScoringInput(long athleteId, Athlete athlete, ZoneId zone, List<SessionRow> sessions,
                                  List<WellnessRow> wellness, RuleSettings settings, String settingsProblem)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
