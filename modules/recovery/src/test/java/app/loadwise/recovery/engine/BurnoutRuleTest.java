package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BurnoutRuleTest {

    @ParameterizedTest(name = "{0} days with fatigue {1} and stress {2}: fires {3}")
    @CsvSource({
        "3, 6, 6, true",
        "2, 6, 6, false",
        "3, 5, 5, true",
        "3, 4, 5, false",   // fatigue 4 is not high: one sign a day
        "7, 6, 3, false"    // fatigue alone, every day
    })
    void needsTwoSignsOnThreeDays(int days, int fatigue, int stress, boolean fires) {
        Scenario s = RuleTriggers.burnoutDays(Scenario.balanced(), days, fatigue, stress);
        var found = s.findings(RuleId.BURNOUT);
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(found.get(0).severity()).isEqualTo(Severity.RED);
            assertThat(found.get(0).message()).startsWith("Overcooked");
        }
    }

    @ParameterizedTest(name = "resting HR {0}, HRV {1} with short sleep on 3 days: fires {2}")
    @CsvSource({
        "56, 60.0, true",    // baseline 49.8 +- 0.75: far above
        "50, 60.0, false",
        "50, 45.0, true",    // baseline 60 +- 2.9: far below
        "50, 58.0, false"
    })
    void countsRestingHeartRateAndHrvAgainstTheAthletesBaseline(int restingHr, double hrv, boolean fires) {
        Scenario s = Scenario.balanced();
        for (int d = 0; d < 3; d++) {
            s.wellnessOn(Scenario.MONDAY.plusDays(d), w -> Scenario.withPhysio(Scenario.withSleep(w, 5.5), restingHr, hrv));
        }
        assertThat(s.findings(RuleId.BURNOUT)).hasSize(fires ? 1 : 0);
    }

    @Test
    void needsABaselineForThePhysiologicalSign() {
        Scenario s = Scenario.balanced().removeWellness(w -> w.date().isBefore(Scenario.MONDAY));
        for (int d = 0; d < 3; d++) {
            s.wellnessOn(Scenario.MONDAY.plusDays(d), w -> Scenario.withPhysio(Scenario.withSleep(w, 5.5), 70, 20.0));
        }
        assertThat(s.findings(RuleId.BURNOUT)).isEmpty();
    }

    @Test
    void namesTheDaysWithWarningSigns() {
        Finding f = RuleTriggers.burnoutDays(Scenario.balanced(), 3, 6, 6).findings(RuleId.BURNOUT).get(0);
        assertThat(f.message()).startsWith("Overcooked: 2 or more warning signs together on 3 days "
                + "(Mon 16 Mar, Tue 17 Mar, Wed 18 Mar). High fatigue on 3,");
        assertThat(f.evidence().dates()).containsExactly(Scenario.MONDAY, Scenario.MONDAY.plusDays(1),
                Scenario.MONDAY.plusDays(2));
    }
}
