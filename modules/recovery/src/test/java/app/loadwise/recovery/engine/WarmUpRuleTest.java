package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarmUpRuleTest {

    @ParameterizedTest(name = "warm-up {0} min before tempo: fires {1}")
    @CsvSource({"0, true", "14.9, true", "15, false", "25, false", ", false"})
    void needsFifteenMinutesBeforeSpeedWorkWhenRecorded(Double minutes, boolean fires) {
        Scenario s = Scenario.balanced().changeWeekSession("-thu-tempo", x -> x.withWarmUpMinutes(TrainingSession.orNaN(minutes)));
        assertThat(s.findings(RuleId.WARM_UP)).hasSize(fires ? 1 : 0);
    }

    @Test
    void ignoresWarmUpsBeforeEasyRuns() {
        Scenario s = Scenario.balanced().changeWeekSession("-fri-easy", x -> x.withWarmUpMinutes(2.0));
        assertThat(s.findings(RuleId.WARM_UP)).isEmpty();
    }

    @Test
    void isAdviceNotAWarning() {
        Finding f = RuleTriggers.firing(RuleId.WARM_UP).findings(RuleId.WARM_UP).get(0);
        assertThat(f.severity()).isEqualTo(Severity.ADVICE);
        assertThat(f.message()).isEqualTo("Short warm-up before tempo (45 min) on Thu 19 Mar: 10 min.");
    }
}
