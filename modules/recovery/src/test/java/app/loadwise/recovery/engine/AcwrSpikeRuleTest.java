package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcwrSpikeRuleTest {

    @ParameterizedTest(name = "threshold = ratio {0}: fires {1}")
    @CsvSource({"-0.001, true", "0, false", "0.001, false"})
    void firesOnlyAboveTheThreshold(double offset, boolean fires) {
        double ratio = RuleTriggers.firing(RuleId.ACWR_SPIKE).assess().figures().ratios().ewma();
        Scenario s = RuleTriggers.firing(RuleId.ACWR_SPIKE)
                .allLevels(r -> r.withAcwrSpike(new LevelRules.AcwrSpike(true, ratio + offset)));
        assertThat(s.findings(RuleId.ACWR_SPIKE)).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "week at {0} x the usual minutes: fires {1}")
    @CsvSource({"1.0, false", "2.0, false", "3.0, true"})
    void firesAboveTheDefaultOfOnePointFive(double factor, boolean fires) {
        Scenario s = Scenario.balanced().changeWeekSession("", x -> Scenario.resize(x, x.movingMinutes() * factor, x.rpe()));
        assertThat(s.assess().figures().ratios().ewma() > 1.5).isEqualTo(fires);
        assertThat(s.findings(RuleId.ACWR_SPIKE)).hasSize(fires ? 1 : 0);
    }

    @Test
    void staysSilentWhileTheBaselineIsBuilding() {
        Scenario s = RuleTriggers.firing(RuleId.ACWR_SPIKE)
                .removeSessions(x -> x.date().isBefore(Scenario.MONDAY.minusDays(20)))
                .removeWellness(w -> w.date().isBefore(Scenario.MONDAY.minusDays(20)));
        assertThat(s.assess().figures().ratios().ewmaState()).isEqualTo(FigureState.BUILDING_BASELINE);
        assertThat(s.findings(RuleId.ACWR_SPIKE)).isEmpty();
    }

    @Test
    void saysTheEvidenceIsWeakAndShowsAllThreeRatios() {
        Finding f = RuleTriggers.firing(RuleId.ACWR_SPIKE).findings(RuleId.ACWR_SPIKE).get(0);
        assertThat(f.evidenceStrength()).isEqualTo(EvidenceStrength.WEAK_AND_DISPUTED);
        assertThat(f.evidence().values()).extracting(Measure::name)
                .contains("EWMA ACWR", "rolling ACWR", "uncoupled ACWR");
    }
}
