package app.loadwise.recovery.batch;

import app.loadwise.domain.scoring.WeeklyScore;
import app.loadwise.domain.scoring.WeeklyScoreRepository;
import app.loadwise.domain.webhooks.WebhookOutbox;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.internal.RedFindings;
import app.loadwise.recovery.internal.ScoreRecords;
import app.loadwise.recovery.internal.store.ScoringProgressRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk's scores as an upsert by (athlete, week, formula version): the stored ones are removed and
 * the new ones inserted in the same transaction, so running a week again replaces and never duplicates. Red findings
 * go to the webhook outbox in that transaction too: once per (athlete, week, rule) and webhook, never for a
 * rolled-back chunk.
 */
@Named
@Dependent
public class WeeklyScoreWriter extends AbstractItemWriter {

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    ScoringProgressRepository progress;

    @Inject
    WebhookOutbox webhooks;

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
        webhooks.recordRedFindings(RedFindings.of(scored), now);
        if (step.getTransientUserData() instanceof PartitionPosition read) {
            progress.advance(job.getInstanceId(), read.partition(), read.lastAthleteId(), read.done(),
                    items.size(), now);
        }
    }
}
