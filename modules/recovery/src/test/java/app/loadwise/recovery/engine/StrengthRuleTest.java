package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrengthRuleTest {

    @ParameterizedTest(name = "{0} strength sessions: fires {1}")
    @CsvSource({"0, true", "1, true", "2, false", "3, false"})
    void needsTwoStrengthSessionsAWeek(int sessions, boolean fires) {
        Scenario s = Scenario.balanced()
                .removeSessions(x -> Scenario.WEEK.contains(x.date()) && x.type() == SessionType.STRENGTH);
        for (int i = 0; i < sessions; i++) {
            s.add(Scenario.session("strength-" + i, Scenario.MONDAY.plusDays(2 + 2 * i), SessionType.STRENGTH, 30, 4.0));
        }
        assertThat(s.findings(RuleId.STRENGTH)).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "as of {0}: fires {1}")
    @CsvSource({"2026-03-21, false", "2026-03-22, true"})
    void waitsForTheWeekToEnd(String asOf, boolean fires) {
        Scenario s = RuleTriggers.firing(RuleId.STRENGTH).asOf(LocalDate.parse(asOf));
        assertThat(s.findings(RuleId.STRENGTH)).hasSize(fires ? 1 : 0);
    }
}
