package app.loadwise.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.domain.testing.TestUnit;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.recovery.internal.store.ClubWeekScoringRepository;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What recovery records and answers about how far a club-week's scoring has come, on real PostgreSQL and H2. */
class ClubWeekScoringIT {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W47");
    private static final WeeklyFigures FIGURES = new WeeklyFigures(new WeeklyFigures.Values(1200.0, null, null, null, null, null,
            null, null, null, null, null, null, 3, 1, 2, 1, 0, null, null, null, null, null, 5, "building"));

    private TestUnit unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    private long newClub() {
        return unit.club("Harriers", Locale.UK, AT);
    }

    private long newAthlete(long club, String memberId) {
        return unit.athlete(club, memberId, "Runner " + memberId);
    }

    /** Stores (or replaces) an athlete's score of the week under a formula version, as a run writes it. */
    private void score(long athlete, long club, String version, boolean provisional) {
        unit.tx(em -> {
            WeeklyScore score = new WeeklyScore(athlete, club, WEEK, version);
            score.record(70, ScoreStatus.AMBER, provisional, FIGURES, List.of(), AT);
            new WeeklyScoreRepository(em).replaceAll(List.of(score));
            return null;
        });
    }

    /** What a finished run (or backfill) of the week does last: record the week's state for one club or all. */
    private void runFinished(Long club) {
        unit.tx(em -> {
            new ClubWeekScoringRepository(em).record(club, List.of(WEEK), ScoringFormula.VERSION, AT);
            return null;
        });
    }

    private ScoringState stateOf(long club) {
        return unit.tx(em -> {
            ClubWeekScoring scoring = new ClubWeekScoring();
            scoring.states = new ClubWeekScoringRepository(em);
            return scoring.stateOf(club, WEEK);
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWeekIsFinalOnlyOnceAFinishedRunLeftNoScoreProvisional(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long a = newAthlete(club, "A");
        long b = newAthlete(club, "B");
        assertThat(stateOf(club)).isEqualTo(ScoringState.NOT_SCORED);

        score(a, club, ScoringFormula.VERSION, true);
        score(b, club, ScoringFormula.VERSION, true);
        assertThat(stateOf(club)).as("scores alone are no recorded state").isEqualTo(ScoringState.NOT_SCORED);
        runFinished(club);
        assertThat(stateOf(club)).isEqualTo(ScoringState.PROVISIONAL);

        score(a, club, ScoringFormula.VERSION, false);
        runFinished(club);
        assertThat(stateOf(club)).as("one athlete still provisional").isEqualTo(ScoringState.PROVISIONAL);

        score(b, club, ScoringFormula.VERSION, false);
        assertThat(stateOf(club)).as("not final before the run has finished").isEqualTo(ScoringState.PROVISIONAL);
        runFinished(club);
        assertThat(stateOf(club)).isEqualTo(ScoringState.FINAL);
        runFinished(club);
        assertThat(stateOf(club)).as("recording again changes nothing").isEqualTo(ScoringState.FINAL);

        score(b, club, ScoringFormula.VERSION, true);
        runFinished(null);
        assertThat(stateOf(club)).as("a week scored as current again, say with an earlier today").isEqualTo(ScoringState.PROVISIONAL);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void recordsOneClubOrEveryClubAndOnlyTheCurrentFormula(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long other = newClub();
        long oldFormulaOnly = newClub();
        score(newAthlete(club, "A"), club, ScoringFormula.VERSION, false);
        score(newAthlete(other, "B"), other, ScoringFormula.VERSION, false);
        score(newAthlete(oldFormulaOnly, "C"), oldFormulaOnly, "2025.9", false);

        runFinished(club);
        assertThat(stateOf(club)).isEqualTo(ScoringState.FINAL);
        assertThat(stateOf(other)).as("a run of another club").isEqualTo(ScoringState.NOT_SCORED);

        runFinished(null);
        assertThat(stateOf(other)).isEqualTo(ScoringState.FINAL);
        assertThat(stateOf(oldFormulaOnly)).as("scored under an earlier formula only").isEqualTo(ScoringState.NOT_SCORED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClubWeekWhoseScoresAreGoneLosesItsState(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long athlete = newAthlete(club, "A");
        score(athlete, club, ScoringFormula.VERSION, false);
        runFinished(club);
        assertThat(stateOf(club)).isEqualTo(ScoringState.FINAL);

        unit.tx(em -> em.createNativeQuery("DELETE FROM weekly_score WHERE athlete_id = ?1").setParameter(1, athlete).executeUpdate());
        runFinished(club);
        assertThat(stateOf(club)).isEqualTo(ScoringState.NOT_SCORED);
    }
}
