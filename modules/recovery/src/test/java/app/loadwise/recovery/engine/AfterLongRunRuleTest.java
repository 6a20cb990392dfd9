package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.Scenario.day;
import static app.loadwise.recovery.engine.Scenario.session;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.training.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AfterLongRunRuleTest {

    @ParameterizedTest(name = "{0} on the Monday after Sunday''s long run: fires {1}")
    @CsvSource({"REST, false", "EASY, false", "RECOVERY, false", "CROSS_TRAINING, false", "STRIDES, true", "TEMPO, true"})
    void judgesTheDayAfterTheWeekendLongRun(SessionType monday, boolean fires) {
        Scenario s = Scenario.balanced().replaceDay(MONDAY, session("mon", day(MONDAY), monday, 30, 3.0));
        assertThat(s.findings(RuleId.AFTER_LONG_RUN)).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "Saturday long run, Sunday {0}: fires {1}")
    @CsvSource({"EASY, false", "STRIDES, true"})
    void judgesTheSundayAfterASaturdayLongRun(SessionType sunday, boolean fires) {
        Scenario s = Scenario.balanced()
                .replaceDay(SATURDAY, session("sat-long", day(SATURDAY), SessionType.LONG, 70, 4.0))
                .replaceDay(SUNDAY, session("sun", day(SUNDAY), sunday, 40, 3.0));
        assertThat(s.findings(RuleId.AFTER_LONG_RUN)).hasSize(fires ? 1 : 0);
    }

    @Test
    void leavesAHardLongRunToTheBufferDayRule() {
        Scenario s = Scenario.balanced()
                .changeSessions(x -> x.date().equals(Scenario.MONDAY.minusDays(1)), x -> Scenario.resize(x, 95, 4.0))
                .replaceDay(MONDAY, session("mon", day(MONDAY), SessionType.STRIDES, 40, 4.0));
        assertThat(s.findings(RuleId.AFTER_LONG_RUN)).isEmpty();
        assertThat(s.findings(RuleId.BUFFER_DAY)).hasSize(1);
        s.allLevels(r -> r.withEnabled(RuleId.BUFFER_DAY, false));
        assertThat(s.findings(RuleId.AFTER_LONG_RUN)).hasSize(1);
    }

    @Test
    void ignoresLongRunsOnWeekdays() {
        Scenario s = Scenario.balanced()
                .replaceDay(WEDNESDAY, session("wed-long", day(WEDNESDAY), SessionType.LONG, 60, 3.0))
                .replaceDay(THURSDAY, session("thu", day(THURSDAY), SessionType.STRIDES, 40, 4.0));
        assertThat(s.findings(RuleId.AFTER_LONG_RUN)).isEmpty();
    }
}
