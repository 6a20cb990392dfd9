package app.loadwise.recovery.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.testing.TestUnit;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.recovery.internal.store.ScoreTrendRepository.TrendRow;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A club's score trend read as plain rows (what the weekly report's trends show), on real PostgreSQL and H2. */
class ScoreTrendPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W47");

    private TestUnit unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    private long newClub() {
        return unit.club("Harriers", Locale.GERMANY, NOW);
    }

    private long newAthlete(long clubId, String memberId) {
        return unit.athlete(clubId, memberId, "Runner " + memberId);
    }

    private void score(long athlete, long club, IsoWeek week, String version, int value, ScoreStatus status, Double load) {
        unit.tx(em -> {
            WeeklyScore score = new WeeklyScore(athlete, club, week, version);
            score.record(value, status, false, new WeeklyFigures(new WeeklyFigures.Values(load, null, null, null, null, null, null,
                    null, null, null, null, null, 3, 1, 2, 1, 0, null, null, null, null, null, 5, "building")), List.of(), NOW);
            em.persist(score);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsAClubsScoreTrendAsPlainRowsByWeekThenAthlete(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = newClub();
        long other = newClub();
        long a = newAthlete(club, "A");
        long b = newAthlete(club, "B");
        long elsewhere = newAthlete(other, "C");
        score(b, club, WEEK, "2026.1", 40, ScoreStatus.RED, 2100.0);
        score(a, club, WEEK, "2026.1", 80, ScoreStatus.GREEN, null);
        score(a, club, WEEK.previous(), "2026.1", 70, ScoreStatus.AMBER, 1500.5);
        score(a, club, WEEK.previous().previous(), "2026.1", 90, ScoreStatus.GREEN, 1000.0);
        score(a, club, WEEK, "2025.9", 10, ScoreStatus.RED, 1.0);
        score(elsewhere, other, WEEK, "2026.1", 50, ScoreStatus.AMBER, 1.0);

        List<TrendRow> rows = unit.tx(em -> new ScoreTrendRepository(em).ofClub(club, "2026.1", WEEK.previous(), WEEK));

        assertThat(rows).containsExactly(
                new TrendRow(a, "2026-W46", 70, ScoreStatus.AMBER, 1500.5),
                new TrendRow(Math.min(a, b), "2026-W47", a < b ? 80 : 40, a < b ? ScoreStatus.GREEN : ScoreStatus.RED, a < b ? null : 2100.0),
                new TrendRow(Math.max(a, b), "2026-W47", a < b ? 40 : 80, a < b ? ScoreStatus.RED : ScoreStatus.GREEN, a < b ? 2100.0 : null));
    }
}
