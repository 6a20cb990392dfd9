package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoEasyDayRuleTest {

    @ParameterizedTest(name = "{0} of the 4 easy or rest days made harder: fires {1}")
    @CsvSource({"3, false", "4, true"})
    void needsOneEasyOrRestDayInTheWeek(int replaced, boolean fires) {
        Scenario s = RuleTriggers.noEasyDay(Scenario.balanced(), replaced);
        assertThat(s.findings(RuleId.NO_EASY_DAY)).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "as of {0}: fires {1}")
    @CsvSource({"2026-03-21, false", "2026-03-22, true", "2026-03-23, true"})
    void judgesOnlyACompleteWeek(String asOf, boolean fires) {
        Scenario s = RuleTriggers.noEasyDay(Scenario.balanced(), 4).asOf(java.time.LocalDate.parse(asOf));
        assertThat(s.findings(RuleId.NO_EASY_DAY)).hasSize(fires ? 1 : 0);
    }
}
