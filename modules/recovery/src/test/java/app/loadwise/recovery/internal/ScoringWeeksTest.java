package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.engine.AssessmentInput;
import app.loadwise.recovery.engine.DayFigure;
import app.loadwise.recovery.engine.DayStatus;
import app.loadwise.recovery.engine.EngineInputs;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.TrainingSession;
import app.loadwise.recovery.engine.WeeklyAssessment;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringWeeksTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void scoresTheWeekJustEndedAndTheCurrentWeekProvisionally() {
        List<ScoringWeeks.Target> targets = ScoringWeeks.targets(null, WEDNESDAY);
        assertThat(targets).containsExactly(
                new ScoringWeeks.Target(IsoWeek.parse("2026-W47"), WEDNESDAY, false),
                new ScoringWeeks.Target(IsoWeek.parse("2026-W48"), WEDNESDAY, true));
    }

    @Test
    void theCurrentWeekStaysProvisionalOnItsSunday() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(ScoringWeeks.targets(null, sunday).get(1))
                .isEqualTo(new ScoringWeeks.Target(IsoWeek.parse("2026-W48"), sunday, true));
    }

    @ParameterizedTest(name = "week {0} re-scored on {1}: as of {2}, provisional {3}")
    @CsvSource({
        "2026-W47, 2026-11-25, 2026-11-25, false",   // the week just ended, asked for by name: as of today
        "2026-W47, 2026-11-23, 2026-11-23, false",   // on the Monday after
        "2026-W47, 2026-11-29, 2026-11-29, false",   // a week after its Sunday: the last day the engine reads
        "2026-W47, 2026-11-30, 2026-11-29, false",   // later: capped there
        "2026-W40, 2026-11-25, 2026-10-11, false",   // long past
        "2026-W48, 2026-11-25, 2026-11-25, true",    // the current week
        "2026-W48, 2026-11-29, 2026-11-29, true"     // the current week on its Sunday: still provisional
    })
    void aRequestedWeekIsScoredAsOfTheTodayGivenNotItsSunday(String week, LocalDate today, LocalDate asOf,
                                                           boolean provisional) {
        assertThat(ScoringWeeks.targets(IsoWeek.parse(week), today))
                .containsExactly(new ScoringWeeks.Target(IsoWeek.parse(week), asOf, provisional));
    }

    @ParameterizedTest(name = "last logged {0} days before the Sunday, re-scored on {1}: Sat and Sun {2}")
    @CsvSource({
        "2, 2026-11-22, IMPLIED_REST",   // as of the Sunday itself, a 2-day gap is rest (as before)
        "2, 2026-11-25, UNKNOWN",        // as of a Wednesday with nothing logged since: a 5-day gap, unknown
        "2, 2026-11-23, IMPLIED_REST"    // as of Monday: a 3-day gap, still rest
    })
    void unloggedDaysAfterThePastWeekAreUnknownNotRest(int unloggedDays, LocalDate today, DayStatus expected) {
        IsoWeek week = IsoWeek.parse("2026-W47");
        List<TrainingSession> sessions = new ArrayList<>();
        for (LocalDate d = week.monday().minusDays(40); !d.isAfter(week.sunday().minusDays(unloggedDays)); d = d.plusDays(1)) {
            sessions.add(TrainingSession.of("s" + d, d, SessionType.EASY, 40.0, 3.0));
        }
        ScoringWeeks.Target target = ScoringWeeks.targets(week, today).get(0);
        WeeklyAssessment a = new RecoveryEngine().assess(new AssessmentInput(
                EngineInputs.profile("a", Sex.FEMALE, ExperienceLevel.INTERMEDIATE), sessions, List.of(),
                RuleSettings.defaults(), target.week(), target.asOf()));
        assertThat(a.figures().days().subList(7 - unloggedDays, 7)).extracting(DayFigure::status).containsOnly(expected);
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

    @Test
    void aRangeOfWeeksIsScoredAsEachWeekAloneWouldBe() {
        List<ScoringWeeks.Target> range = ScoringWeeks.range(IsoWeek.parse("2026-W45"), IsoWeek.parse("2026-W49"), WEDNESDAY);
        assertThat(range).containsExactly(
                ScoringWeeks.targets(IsoWeek.parse("2026-W45"), WEDNESDAY).get(0),
                ScoringWeeks.targets(IsoWeek.parse("2026-W46"), WEDNESDAY).get(0),
                ScoringWeeks.targets(IsoWeek.parse("2026-W47"), WEDNESDAY).get(0),
                ScoringWeeks.targets(IsoWeek.parse("2026-W48"), WEDNESDAY).get(0));
        assertThat(range.get(2)).as("the week just ended, as of today, not its Sunday")
                .isEqualTo(new ScoringWeeks.Target(IsoWeek.parse("2026-W47"), WEDNESDAY, false));
        assertThat(range.get(1).asOf()).as("a week after its Sunday at most").isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(ScoringWeeks.range(IsoWeek.parse("2026-W49"), IsoWeek.parse("2026-W50"), WEDNESDAY)).isEmpty();
    }
}
