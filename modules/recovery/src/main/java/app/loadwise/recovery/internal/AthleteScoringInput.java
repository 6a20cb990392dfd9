package app.loadwise.recovery.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.WellnessEntry;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/** One athlete with the training log a run needs, read in bulk with the rest of the chunk. */
public record AthleteScoringInput(long athleteId, Athlete athlete, ZoneId zone, List<TrainingSession> sessions,
                                  List<WellnessEntry> wellness) implements Serializable {

    private static final long serialVersionUID = 1L;
}
