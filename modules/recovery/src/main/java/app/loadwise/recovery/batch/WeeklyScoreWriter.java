package app.loadwise.recovery.batch;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.scoring.ScoringProgressRepository;
import app.loadwise.domain.scoring.WeeklyScore;
import app.loadwise.domain.scoring.WeeklyScoreRepository;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.WeeklyAssessment;
import app.loadwise.recovery.internal.ScoreRecords;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Upserts a chunk's scores by (athlete, week, formula version): the stored ones are read in one query and
 * replaced, new ones inserted, so running a week again replaces and never duplicates.
 */
@Named
@Dependent
public class WeeklyScoreWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String partition;

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    ScoringProgressRepository progress;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        Instant now = clock.instant();
        List<Long> athleteIds = new ArrayList<>(items.size());
        Set<IsoWeek> weeks = new LinkedHashSet<>();
        for (Object item : items) {
            ScoredAthlete scored = (ScoredAthlete) item;
            athleteIds.add(scored.athleteId());
            scored.weeks().forEach(w -> weeks.add(w.assessment().week()));
        }
        Map<String, WeeklyScore> stored = new HashMap<>();
        for (WeeklyScore score : scores.ofAthletes(athleteIds, weeks, RecoveryEngine.FORMULA_VERSION)) {
            stored.put(key(score.athleteId(), score.week()), score);
        }
        List<WeeklyScore> changed = new ArrayList<>();
        for (Object item : items) {
            ScoredAthlete scored = (ScoredAthlete) item;
            for (ScoredAthlete.Week week : scored.weeks()) {
                WeeklyAssessment assessment = week.assessment();
                WeeklyScore score = stored.computeIfAbsent(key(scored.athleteId(), assessment.week()),
                        k -> new WeeklyScore(scored.athleteId(), scored.clubId(), assessment.week(), RecoveryEngine.FORMULA_VERSION));
                ScoreRecords.record(score, assessment, week.provisional(), now);
                changed.add(score);
            }
        }
        scores.storeAll(changed);
        if (step.getTransientUserData() instanceof ReaderCheckpoint read) {
            progress.advance(job.getInstanceId(), JobParameters.integer(partition, "partition", 0), read.done(), items.size(), now);
        }
    }

    private static String key(long athleteId, IsoWeek week) {
        return athleteId + "|" + week;
    }
}
