package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringWeeksTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void scoresTheWeekJustEndedAndTheCurrentWeekProvisionally() {
        List<ScoringWeeks.Target> targets = ScoringWeeks.targets(null, WEDNESDAY);
        assertThat(targets).containsExactly(
                new ScoringWeeks.Target(IsoWeek.parse("2026-W47"), LocalDate.of(2026, 11, 22), false),
                new ScoringWeeks.Target(IsoWeek.parse("2026-W48"), WEDNESDAY, true));
    }

    @Test
    void theCurrentWeekStaysProvisionalOnItsSunday() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(ScoringWeeks.targets(null, sunday).get(1))
                .isEqualTo(new ScoringWeeks.Target(IsoWeek.parse("2026-W48"), sunday, true));
    }

    @Test
    void aRequestedPastWeekIsScoredCompleteAndAlone() {
        assertThat(ScoringWeeks.targets(IsoWeek.parse("2026-W40"), WEDNESDAY))
                .containsExactly(new ScoringWeeks.Target(IsoWeek.parse("2026-W40"), LocalDate.of(2026, 10, 4), false));
    }

    @Test
    void refusesAWeekThatHasNotStarted() {
        assertThatThrownBy(() -> ScoringWeeks.targets(IsoWeek.parse("2026-W49"), WEDNESDAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("week"));
    }

    @Test
    void readsNineWeeksOfHistoryBeforeTheEarliestWeek() {
        List<ScoringWeeks.Target> targets = ScoringWeeks.targets(null, WEDNESDAY);
        assertThat(ScoringWeeks.readFrom(targets)).isEqualTo(LocalDate.of(2026, 11, 16).minusDays(63));
        assertThat(ScoringWeeks.readTo(targets)).isEqualTo(WEDNESDAY);
    }
}
