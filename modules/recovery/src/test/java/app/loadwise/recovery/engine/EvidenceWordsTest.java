package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule's evidence reads as words with values and units: no unit names written twice or run together. */
class EvidenceWordsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(RuleId.class)
    void everyRulesEvidenceIsWordsWithValuesAndUnits(RuleId rule) {
        List<Finding> found = RuleTriggers.firing(rule).findings(rule);
        assertThat(found).isNotEmpty();
        List<String> texts = new ArrayList<>();
        for (Finding f : found) {
            f.evidence().values().forEach(m -> texts.add(m.text()));
            f.evidence().thresholds().forEach(m -> texts.add(m.text()));
            texts.add(f.message());
        }
        assertThat(texts).allSatisfy(t -> assertThat(t)
                .doesNotContainPattern("\\d ratio\\b")        // "1.71 ratio"
                .doesNotContainPattern("\\d (1-7|0-10)\\b")   // "from 5 1-7"
                .doesNotContainPattern("\\d SD\\b")           // "above baseline by 1 SD"
                .doesNotContainPattern("\\d factor\\b")
                .doesNotContainPattern("\\b1 (days|sessions|nights|types|weeks|signs)\\b")
                .doesNotContainPattern("\\bratio \\d+(\\.\\d+)? ratio"));
    }

    @Test
    void burnoutNamesTheRestingHeartRateAgainstTheAthletesBaselineInBpm() {
        Scenario s = Scenario.balanced();
        for (int d = 0; d < 3; d++) {
            s.wellnessOn(Scenario.MONDAY.plusDays(d), w -> Scenario.withPhysio(
                    Scenario.withItems(w, w.sleepQuality(), 6, w.stress(), w.mood(), w.soreness()), 58, w.hrvRmssdMs()));
        }
        WeeklyAssessment a = s.assess();
        WeekFigures.PhysioTrend rhr = a.figures().wellness().restingHeartRate();
        Finding f = a.findings().stream().filter(x -> x.ruleId().equals(RuleId.BURNOUT.id())).findFirst().orElseThrow();
        assertThat(f.message()).contains("resting heart rate up or HRV down on 3 (resting HR 58 bpm on Mon 16 Mar "
                + "against a baseline of " + Texts.num0(rhr.baselineMean()) + " ± " + Texts.num1(rhr.baselineSd()) + " bpm");
        assertThat(f.evidence().values()).contains(new Measure("highest resting HR (Mon 16 Mar)", 58, "bpm"));
        assertThat(f.evidence().thresholds()).extracting(Measure::text)
                .contains("signs per day at least 2 signs", "fatigue from 5/7").doesNotContain("sleep below 6 h")
                .anySatisfy(t -> assertThat(t).matches("resting HR above \\d+(\\.\\d+)? bpm"));
    }

    @Test
    void painScoresReadOutOfTen() {
        Scenario s = Scenario.balanced()
                .changeWeekSession("-tue-intervals", x -> x.withPain(false, null, 6));
        Finding f = s.findings(RuleId.PAIN).get(0);
        assertThat(f.evidence().values()).extracting(Measure::text).containsExactly("pain score (2026-03-16-tue-intervals) 6/10");
        assertThat(f.evidence().thresholds()).extracting(Measure::text).containsExactly("pain score from 4/10");
    }

    @Test
    void bufferDayShowsTheLongRunThresholdOnlyWhenALongRunIsInThePair() {
        Scenario withLong = Scenario.balanced()
                .replaceDay(java.time.DayOfWeek.SATURDAY, Scenario.session("sat-long", Scenario.MONDAY.plusDays(5),
                        app.loadwise.domain.training.SessionType.LONG, 100, 4.0))
                .replaceDay(java.time.DayOfWeek.SUNDAY, Scenario.session("sun-tempo", Scenario.MONDAY.plusDays(6),
                        app.loadwise.domain.training.SessionType.TEMPO, 40, 6.0));
        List<Finding> found = withLong.findings(RuleId.BUFFER_DAY);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.evidence().thresholds()).extracting(Measure::text)
                .containsExactly("long run hard from 90 min"));
        assertThat(RuleTriggers.firing(RuleId.BUFFER_DAY).findings(RuleId.BUFFER_DAY))
                .allSatisfy(f -> assertThat(f.evidence().thresholds()).isEmpty());
    }
}
