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

    @ParameterizedTest(name = "week moods {0}, fatigue {1}, history moods {2}: fires {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "1 4 1 4 1 4 1 | 6 | normal | true",    // swings of 3 points (Tue-Sun), never a bad mood score, high fatigue
        "2 3 2 3 2 3 2 | 6 | normal | false",   // the athlete's usual one-point changes
        "1 4 1 4 1 4 1 | 3 | normal | false",   // swings alone: one sign a day
        "1 4 1 4 1 4 1 | 6 | 1 4    | false",   // an athlete whose mood always swings so: no change from the baseline
        "1 4 1 4 1 4 1 | 6 | -      | false",   // no mood history to compare with
        "3 3 3 3 3 3 3 | 6 | normal | false"
    })
    void readsMoodSwingsAgainstTheAthletesUsualDayToDayChange(String moods, int fatigue, String history, boolean fires) {
        Scenario s = Scenario.balanced();
        String[] week = moods.split(" ");
        for (int d = 0; d < 7; d++) {
            int mood = Integer.parseInt(week[d]);
            s.wellnessOn(Scenario.MONDAY.plusDays(d), w -> Scenario.withItems(w, w.sleepQuality(), fatigue, w.stress(),
                    mood, w.soreness()));
        }
        if (history == null) {
            s.removeWellness(w -> w.date().isBefore(Scenario.MONDAY));
        } else if (!history.equals("normal")) {
            int[] alternate = java.util.Arrays.stream(history.split(" ")).mapToInt(Integer::parseInt).toArray();
            for (int d = 1; d <= 28; d++) {
                int mood = alternate[d % 2];
                s.wellnessOn(Scenario.MONDAY.minusDays(d), w -> Scenario.withItems(w, w.sleepQuality(), w.fatigue(),
                        w.stress(), mood, w.soreness()));
            }
        }
        var found = s.findings(RuleId.BURNOUT);
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            Finding f = found.get(0);
            assertThat(f.message()).contains("low mood, high stress or mood swings on 6 (swings on 6: mood moved up "
                    + "to 3 points from one day to the next, against a usual change of 0.8 ± 0.4 points)");
            assertThat(f.evidence().values()).contains(new Measure("mood swings on", 6, "days"),
                    new Measure("largest day-to-day mood change", 3, "points"));
        }
    }
}
