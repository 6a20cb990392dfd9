package app.loadwise.recovery.batch;

import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.recovery.RedFinding;
import app.loadwise.recovery.RedFindingsScored;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.internal.RedFindings;
import app.loadwise.recovery.internal.ScoreRecords;
import app.loadwise.recovery.internal.store.ScoringProgressRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk's scores as an upsert by (athlete, week, formula version): the stored ones are removed and
 * the new ones inserted in the same transaction, so running a week again replaces and never duplicates. The chunk's red
 * findings are announced ({@link RedFindingsScored}) in that transaction too, so what observers record (the webhook
 * outbox) never outlives a rolled-back chunk.
 */
@Named
@Dependent
public class WeeklyScoreWriter extends AbstractItemWriter {

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    ScoringProgressRepository progress;

    @Inject
    Event<RedFindingsScored> redFindings;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        Instant now = clock.instant();
        List<WeeklyScore> scored = new ArrayList<>(items.size() * 2);
        for (Object item : items) {
            ScoredAthlete athlete = (ScoredAthlete) item;
            for (ScoredAthlete.Week week : athlete.weeks()) {
                WeeklyScore score = new WeeklyScore(athlete.athleteId(), athlete.clubId(), week.assessment().week(),
                        RecoveryEngine.FORMULA_VERSION);
                ScoreRecords.record(score, week.assessment(), week.provisional(), now);
                scored.add(score);
            }
        }
        scores.replaceAll(scored);
        List<RedFinding> red = RedFindings.of(scored);
        if (!red.isEmpty()) {
            redFindings.fire(new RedFindingsScored(red, now));
        }
        if (step.getTransientUserData() instanceof PartitionPosition read) {
            progress.advance(job.getInstanceId(), read.partition(), read.lastAthleteId(), read.done(),
                    items.size(), now);
        }
    }
}
