package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonotonyRuleTest {

    @ParameterizedTest(name = "monotony threshold {0} from actual, strain factor {1} from actual: fires {2}")
    @CsvSource({
        "-0.001, -0.001, true",
        "0,      -0.001, false",   // monotony equal to the threshold is not above it
        "-0.001, 0,      false",   // strain equal to the usual x factor is not above it
        "0.001,  -0.001, false"
    })
    void needsHighMonotonyAndStrainAboveTheUsual(double monotonyOffset, double factorOffset, boolean fires) {
        WeekFigures.Variation v = RuleTriggers.firing(RuleId.MONOTONY).assess().figures().variation();
        double factor = v.strain() / v.usualStrain();
        Scenario s = RuleTriggers.firing(RuleId.MONOTONY).allLevels(r -> r.withMonotony(
                new MonotonyRule.Monotony(true, v.monotony() + monotonyOffset, factor + factorOffset)));
        assertThat(s.findings(RuleId.MONOTONY)).hasSize(fires ? 1 : 0);
    }

    @Test
    void firesForAMonotonousHeavyWeekWithDefaults() {
        WeeklyAssessment a = RuleTriggers.firing(RuleId.MONOTONY).assess();
        assertThat(a.figures().variation().monotony()).isGreaterThan(2.0);
        assertThat(a.figures().variation().strain()).isGreaterThan(a.figures().variation().usualStrain());
        assertThat(a.findings()).extracting(Finding::ruleId).contains("monotony");
    }

    @ParameterizedTest(name = "seven identical days at RPE {0}: fires {1}")
    @CsvSource({"4, true", "3, false"})
    void judgesAWeekWithoutAnyVariationByItsLoad(double rpe, boolean fires) {
        // 7 x 60 min x RPE 4 = 1680 AU against a usual 1480; RPE 3 gives 1260.
        Scenario s = RuleTriggers.monotonousWeek(Scenario.balanced(), rpe)
                .changeWeekSession("", x -> Scenario.resize(x, 60, rpe));
        assertThat(s.assess().figures().variation().state()).isEqualTo(FigureState.NO_VARIATION);
        assertThat(s.findings(RuleId.MONOTONY)).hasSize(fires ? 1 : 0);
    }
}
