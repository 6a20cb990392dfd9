package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.training.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingleRunSpikeRuleTest {

    @ParameterizedTest(name = "{0} km after a longest of 20 km: fires {1}")
    @CsvSource({"20, false", "26, false", "26.1, true"})
    void firesMoreThan30PercentOverTheLongestByDistance(double km, boolean fires) {
        Scenario s = Scenario.balanced()
                .changeSessions(x -> x.type() == SessionType.LONG, x -> x.withDistanceKm(20.0))
                .changeWeekSession("-sun-long", x -> x.withDistanceKm(km));
        assertThat(s.findings(RuleId.SINGLE_RUN_SPIKE)).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} min after a longest of 80 min: fires {1}")
    @CsvSource({"80, false", "104, false", "104.5, true"})
    void firesMoreThan30PercentOverTheLongestByDurationWithoutDistances(double minutes, boolean fires) {
        Scenario s = Scenario.balanced().changeSessions(x -> true, x -> x.withDistanceKm(Double.NaN))
                .changeWeekSession("-sun-long", x -> Scenario.resize(x, minutes, 3.0));
        assertThat(s.findings(RuleId.SINGLE_RUN_SPIKE)).hasSize(fires ? 1 : 0);
    }

    @Test
    void explainsTheSpikeInPlainWords() {
        Finding f = RuleTriggers.firing(RuleId.SINGLE_RUN_SPIKE).findings(RuleId.SINGLE_RUN_SPIKE).get(0);
        assertThat(f.message()).isEqualTo("Sun 22 Mar: a 20 km run, 43% longer than the longest run of the previous "
                + "30 days (14 km).");
        assertThat(f.evidenceStrength()).isEqualTo(EvidenceStrength.COHORT_STUDY);
    }
}
