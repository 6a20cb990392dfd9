package app.loadwise.recovery;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.recovery.internal.store.ClubWeekScoringRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * How far the scoring of a club's week has come, as recovery recorded it when its last scoring run (or backfill)
 * of that week finished. Other modules wait for final scores through this, never by counting scores themselves.
 */
@ApplicationScoped
@Transactional
public class ClubWeekScoring {

    @Inject
    ClubWeekScoringRepository states;

    /** The recorded state of the club's week under the current formula; {@link ScoringState#NOT_SCORED} when none is. */
    public ScoringState stateOf(long clubId, IsoWeek week) {
        return states.stateOf(clubId, week, ScoringFormula.VERSION).map(ScoringState::valueOf).orElse(ScoringState.NOT_SCORED);
    }
}
