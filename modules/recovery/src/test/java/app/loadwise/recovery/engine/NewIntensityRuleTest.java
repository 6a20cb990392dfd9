package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.training.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewIntensityRuleTest {

    @ParameterizedTest(name = "tempo kept {0}, hills {1} days before the week: fires {2}")
    @CsvSource({
        "true, 0, true",     // intervals and tempo after three quiet weeks
        "false, 0, false",   // only one new type
        "true, 21, false",   // a speed session inside the three weeks
        "true, 22, true"     // just outside them
    })
    void flagsSeveralNewIntensityTypesAfterQuietWeeks(boolean keepTempo, int hillsDaysBefore, boolean fires) {
        Scenario s = RuleTriggers.withoutSpeedHistory(Scenario.balanced());
        if (!keepTempo) {
            s.changeWeekSession("-thu-tempo", x -> Scenario.retype(x, SessionType.EASY));
        }
        if (hillsDaysBefore > 0) {
            s.clearDate(Scenario.MONDAY.minusDays(hillsDaysBefore))
                    .add(Scenario.session("hills", Scenario.MONDAY.minusDays(hillsDaysBefore), SessionType.HILLS, 40, 7.0));
        }
        assertThat(s.findings(RuleId.NEW_INTENSITY)).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "history from {0} days before the week: fires {1}")
    @CsvSource({"20, false", "21, true"})
    void needsTheQuietWeeksToBeKnown(int historyDays, boolean fires) {
        Scenario s = RuleTriggers.withoutSpeedHistory(Scenario.balanced())
                .removeSessions(x -> x.date().isBefore(Scenario.MONDAY.minusDays(historyDays)))
                .removeWellness(w -> w.date().isBefore(Scenario.MONDAY.minusDays(historyDays)));
        assertThat(s.findings(RuleId.NEW_INTENSITY)).hasSize(fires ? 1 : 0);
    }

    @Test
    void namesTheNewTypes() {
        Finding f = RuleTriggers.firing(RuleId.NEW_INTENSITY).findings(RuleId.NEW_INTENSITY).get(0);
        assertThat(f.message()).startsWith("2 new kinds of hard session (tempo, intervals)");
    }
}
