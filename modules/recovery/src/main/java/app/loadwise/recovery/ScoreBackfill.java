package app.loadwise.recovery;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.WeeklyAssessment;
import app.loadwise.recovery.internal.AthleteScorer;
import app.loadwise.recovery.internal.AthleteScoringInput;
import app.loadwise.recovery.internal.ScoreRecords;
import app.loadwise.recovery.internal.ScoringInputLoader;
import app.loadwise.recovery.internal.ScoringWeeks;
import app.loadwise.recovery.internal.store.ClubWeekScoringRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a small club's past weeks at once, in one transaction and without the batch job or webhooks: for a club
 * loaded with history (the demo club), so its trends have weeks to show. Large clubs use scoring runs. Like a run, it
 * records how far each week's scoring has come for the club.
 */
@ApplicationScoped
@Transactional
public class ScoreBackfill {

    /** More athletes than this take a scoring run ({@code POST /scoring/runs} with {@code week}). */
    public static final int MAX_ATHLETES = 500;

    @Inject
    ScoringInputLoader loader;

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    ClubWeekScoringRepository states;

    @Inject
    Clock clock;

    private final AthleteScorer scorer = new AthleteScorer();

    /** Scores every active athlete of the club for each week from {@code first} to {@code last}, as of {@code today}; returns the scores stored. */
    public int scoreClub(long clubId, IsoWeek first, IsoWeek last, LocalDate today) {
        List<ScoringWeeks.Target> targets = ScoringWeeks.range(first, last, today);
        if (targets.isEmpty()) {
            return 0;
        }
        List<AthleteScoringInput> inputs = loader.load(clubId, 0, Long.MAX_VALUE, MAX_ATHLETES + 1,
                ScoringWeeks.readFrom(targets), ScoringWeeks.readTo(targets));
        if (inputs.size() > MAX_ATHLETES) {
            throw new IllegalStateException("club " + clubId + " has more than " + MAX_ATHLETES + " athletes; score it with scoring runs");
        }
        List<WeeklyScore> scored = new ArrayList<>();
        for (AthleteScoringInput input : inputs) {
            if (input.settings() == null) {
                continue;
            }
            List<WeeklyAssessment> assessed = scorer.assess(input, targets, input.settings());
            for (int i = 0; i < assessed.size(); i++) {
                if (assessed.get(i).hasScore()) {
                    WeeklyScore score = new WeeklyScore(input.athleteId(), input.athlete().clubId(), assessed.get(i).week(),
                            RecoveryEngine.FORMULA_VERSION);
                    ScoreRecords.record(score, assessed.get(i), targets.get(i).provisional(), clock.instant());
                    scored.add(score);
                }
            }
        }
        scores.replaceAll(scored);
        states.record(clubId, targets.stream().map(ScoringWeeks.Target::week).toList(), RecoveryEngine.FORMULA_VERSION,
                clock.instant());
        return scored.size();
    }
}
