package app.loadwise.recovery.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.WellnessRow;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/** One athlete with the training log a run needs, read in bulk with the rest of the chunk. */
public record AthleteScoringInput(long athleteId, Athlete athlete, ZoneId zone, List<SessionRow> sessions,
                                  List<WellnessRow> wellness) implements Serializable {

    private static final long serialVersionUID = 1L;
}
