package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SleepRuleTest {

    @ParameterizedTest(name = "{0} h a night: {1}")
    @CsvSource({"7.5, NONE", "7.0, NONE", "6.99, AMBER", "6.0, AMBER", "5.99, RED", "4.0, RED"})
    void gradesAverageSleep(double hours, String expected) {
        Scenario s = RuleTriggers.everyNight(Scenario.balanced(), hours);
        var found = s.findings(RuleId.SLEEP);
        if (expected.equals("NONE")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().extracting(Finding::severity).isEqualTo(Severity.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "{0} nights recorded: fires {1}")
    @CsvSource({"2, false", "3, true"})
    void needsThreeRecordedNights(int nights, boolean fires) {
        Scenario s = RuleTriggers.everyNight(Scenario.balanced(), 5.0);
        for (int d = nights; d < 7; d++) {
            s.wellnessOn(Scenario.MONDAY.plusDays(d), w -> Scenario.withSleep(w, null));
        }
        assertThat(s.findings(RuleId.SLEEP)).hasSize(fires ? 1 : 0);
    }
}
