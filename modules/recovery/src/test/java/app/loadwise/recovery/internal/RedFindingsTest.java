package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.recovery.RedFinding;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedFindingsTest {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");

    private static WeeklyScore score(long athlete, boolean provisional, StoredFinding... findings) {
        WeeklyScore score = new WeeklyScore(athlete, 9, WEEK, "2026.1");
        score.record(40, ScoreStatus.RED, provisional, new WeeklyFigures(new WeeklyFigures.Values(null, null, null, null, null,
                null, null, null, null, null, null, null, 3, 1, 2, 1, 0, null, null, null, null, null, 5, "building")),
                List.of(findings), Instant.parse("2026-11-25T02:00:00Z"));
        return score;
    }

    @Test
    void keepsOnlyRedFindingsWithTheirAthleteWeekAndRule() {
        StoredFinding pain = new StoredFinding("pain", "red", "Sharp pain", "See a physio", "dates 2026-11-24", "strong");
        StoredFinding sleep = new StoredFinding("sleep", "amber", "Short sleep", "Sleep more", null, null);
        StoredFinding warmUp = new StoredFinding("warm_up", "advice", "Warm up", null, null, null);

        List<RedFinding> red = RedFindings.of(List.of(score(1, true, pain, sleep), score(2, false, warmUp)));

        assertThat(red).containsExactly(new RedFinding(9, 1, WEEK, "pain", "red", true, "Sharp pain", "See a physio"));
    }
}
