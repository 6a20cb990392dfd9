package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefuelRuleTest {

    @ParameterizedTest(name = "refuel after {0} min with {1} g carbs and {2} g protein: fires {3}")
    @CsvSource({
        "60, 30, 20, false",
        "61, 30, 20, true",
        "60, 29, 20, true",
        "60, 30, 19, true",
        "  ,   ,   , false",
        "90,   ,   , true"
    })
    void judgesRefuellingAfterAHardSessionWhenRecorded(Double minutes, Double carbs, Double protein, boolean fires) {
        Scenario s = Scenario.balanced().changeWeekSession("-tue-intervals", x -> x.withRefuel(TrainingSession.orNaN(minutes), TrainingSession.orNaN(carbs),
                TrainingSession.orNaN(protein)));
        assertThat(s.findings(RuleId.REFUEL)).hasSize(fires ? 1 : 0);
    }

    @Test
    void ignoresEasySessions() {
        Scenario s = Scenario.balanced().changeWeekSession("-fri-easy", x -> x.withRefuel(180.0, 0.0, 0.0));
        assertThat(s.findings(RuleId.REFUEL)).isEmpty();
    }

    @Test
    void listsEveryShortfall() {
        Scenario s = Scenario.balanced().changeWeekSession("-tue-intervals", x -> x.withRefuel(90.0, 10.0, 5.0));
        Finding f = s.findings(RuleId.REFUEL).get(0);
        assertThat(f.message()).isEqualTo("Refuel after intervals (50 min) on Tue 17 Mar: refuelled 90 min after, "
                + "10 g carbohydrate, 5 g protein.");
        assertThat(f.evidence().thresholds()).extracting(Measure::value).containsExactly(60.0, 30.0, 20.0);
    }
}
