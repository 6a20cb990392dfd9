package app.loadwise.recovery.batch;

import app.loadwise.recovery.engine.WeeklyAssessment;
import app.loadwise.recovery.internal.AthleteScorer;
import app.loadwise.recovery.internal.AthleteScoringInput;
import app.loadwise.recovery.internal.ScoringWeeks;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Scores one athlete's weeks with the recovery engine; an athlete with nothing to score is skipped with the reason. */
@Named
@Dependent
public class AthleteScoringProcessor implements ItemProcessor {

    @Inject
    ScoringContext context;

    private final AthleteScorer scorer = new AthleteScorer();

    @Override
    public Object processItem(Object item) throws UnscorableAthleteException {
        AthleteScoringInput input = (AthleteScoringInput) item;
        List<ScoringWeeks.Target> targets = context.targets(input.zone());
        if (input.settings() == null) {
            throw new UnscorableAthleteException(input.athleteId(), targets.get(0).week(), input.settingsProblem());
        }
        List<ScoredAthlete.Week> scored = new ArrayList<>(targets.size());
        try {
            List<WeeklyAssessment> assessed = scorer.assess(input, targets, input.settings());
            for (int i = 0; i < assessed.size(); i++) {
                if (assessed.get(i).hasScore()) {
                    scored.add(new ScoredAthlete.Week(assessed.get(i), targets.get(i).provisional()));
                }
            }
        } catch (RuntimeException e) {
            throw new UnscorableAthleteException(input.athleteId(), targets.get(0).week(),
                    "cannot be scored: " + e.getMessage());
        }
        if (scored.isEmpty()) {
            String weeks = targets.stream().map(t -> t.week().toString()).collect(Collectors.joining(" and "));
            throw new UnscorableAthleteException(input.athleteId(), targets.get(0).week(),
                    "nothing recorded in " + weeks + " (missing data is not rest, so no score)");
        }
        return new ScoredAthlete(input.athleteId(), input.athlete().clubId(), scored);
    }
}
