package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcwrSpikeRuleTest {

    @ParameterizedTest(name = "threshold = ratio {0}: fires {1}")
    @CsvSource({"-0.001, true", "0, false", "0.001, false"})
    void firesOnlyAboveTheThreshold(double offset, boolean fires) {
        // The week's highest daily ratio (the rule checks every day, not only Sunday's figure).
        double ratio = RuleTriggers.firing(RuleId.ACWR_SPIKE).findings(RuleId.ACWR_SPIKE).get(0).evidence().values().get(0).value();
        Scenario s = RuleTriggers.firing(RuleId.ACWR_SPIKE)
                .allLevels(r -> r.withAcwrSpike(new AcwrSpikeRule.AcwrSpike(true, ratio + offset)));
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
        assertThat(f.evidence().values()).extracting(m -> m.name().replaceAll(" \\(.*\\)$", ""))
                .contains("EWMA ACWR", "rolling ACWR", "uncoupled ACWR");
    }

    /** Tuesday and Wednesday at four times their minutes, then Thursday to Sunday logged as rest (wellness only). */
    static Scenario spikeOnWednesdayEasingBySunday() {
        return Scenario.balanced()
                .changeWeekSession("-tue-intervals", x -> Scenario.resize(x, x.movingMinutes() * 4, x.rpe()))
                .changeWeekSession("-wed-easy", x -> Scenario.resize(x, x.movingMinutes() * 6, 6.0))
                .removeSessions(x -> x.date().isAfter(Scenario.MONDAY.plusDays(2)) && Scenario.WEEK.contains(x.date()));
    }

    @Test
    void theWednesdaySpikeEasesBySundayInTheWeeksFigures() {
        Scenario s = spikeOnWednesdayEasingBySunday();
        assertThat(s.asOf(Scenario.MONDAY.plusDays(2)).assess().figures().ratios().ewma()).isGreaterThan(1.5);
        assertThat(spikeOnWednesdayEasingBySunday().assess().figures().ratios().ewma()).isLessThanOrEqualTo(1.5);
    }

    @ParameterizedTest(name = "as of {0}, threshold offset {1}: fires {2} on {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "6 | 0      | true  | Wed 18 Mar",  // the spike on Wednesday still flags the week that eased by Sunday
        "2 | 0      | true  | Wed 18 Mar",  // as of Wednesday itself
        "1 | 0      | -     | -",           // as of Tuesday: Wednesday is not known yet (Tuesday alone may be below)
        "6 | -0.001 | true  | Wed 18 Mar",  // just under the peak
        "6 | 0.001  | false | -",           // the threshold just above the peak: no day crosses it
    })
    void flagsASpikeOnAnyDayOfTheWeekNamingTheDayAndTheRatio(int asOfDay, double offset, Boolean fires, String day) {
        double peak = spikeOnWednesdayEasingBySunday().asOf(Scenario.MONDAY.plusDays(2)).assess().figures().ratios().ewma();
        double tuesday = spikeOnWednesdayEasingBySunday().asOf(Scenario.MONDAY.plusDays(1)).assess().figures().ratios().ewma();
        Scenario s = spikeOnWednesdayEasingBySunday().asOf(Scenario.MONDAY.plusDays(asOfDay))
                .allLevels(r -> r.withAcwrSpike(new AcwrSpikeRule.AcwrSpike(true, peak - 1e-9 + offset)));
        var found = s.findings(RuleId.ACWR_SPIKE);
        if (fires == null) {
            assertThat(found).hasSize(tuesday > peak + offset ? 1 : 0);
            return;
        }
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            Finding f = found.get(0);
            assertThat(f.message()).startsWith("Load jumped against the recent norm: EWMA acute:chronic ratio "
                    + FindingFormat.num2(peak) + " on " + day);
            assertThat(f.evidence().values().get(0)).isEqualTo(new Measure("EWMA ACWR", peak, "ratio"));
            assertThat(f.evidence().dates()).contains(Scenario.MONDAY.plusDays(2));
            if (asOfDay == 6) {
                assertThat(f.message()).contains(" by Sun 22 Mar");
            }
        }
    }

    @ParameterizedTest(name = "spike days {0} and {1} days after the Monday: fires {2}")
    @CsvSource({"-5, -1, false", "2, 6, true"})
    void aSpikeInTheWeekBeforeIsNotThisWeeks(int first, int second, boolean fires) {
        Scenario s = Scenario.balanced().changeSessions(
                x -> x.date().equals(Scenario.MONDAY.plusDays(first)) || x.date().equals(Scenario.MONDAY.plusDays(second)),
                x -> Scenario.resize(x, x.movingMinutes() * 5, x.rpe()));
        assertThat(s.findings(RuleId.ACWR_SPIKE)).hasSize(fires ? 1 : 0);
    }
}
