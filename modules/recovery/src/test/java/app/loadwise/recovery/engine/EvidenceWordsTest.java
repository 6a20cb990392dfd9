package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule's evidence reads as words with values and units: no unit names written twice or run together. */
class EvidenceWordsTest {

    /** Words for units and counted things that a measure names at most once ("days with warning signs 3 days"). */
    private static final List<String> UNIT_WORDS = List.of("day", "night", "session", "type", "week", "sign",
            "point", "min", "h", "bpm", "ms", "AU", "km", "g", "ratio", "factor");
    /** In a message, a word on both sides of a number: "ratio 1.71 ratio", "days 3 days". */
    private static final Pattern UNIT_AFTER_ITS_OWN_NUMBER =
            Pattern.compile("\\b(\\w+?)s? \\d+(\\.\\d+)? \\1s?\\b");

    /** The unit words that {@code text} names more than once. */
    static List<String> repeatedUnitWords(String text) {
        List<String> repeated = new ArrayList<>();
        for (String unit : UNIT_WORDS) {
            // a word of its own: "day-to-day" names no day
            Matcher m = Pattern.compile("(?<![\\w-])" + unit + "s?(?![\\w-])").matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
            }
            if (count > 1) {
                repeated.add(unit);
            }
        }
        return repeated;
    }

    @ParameterizedTest(name = "''{0}'' repeats {1}")
    @CsvSource(delimiter = '|', value = {
        "days with warning signs 3 days              | day",
        "signs per day at least 2 signs              | sign",
        "hard days in a row 1 day                    | day",
        "strength sessions at least 2 sessions       | session",
        "new intensity types from 2 types            | type",
        "quiet weeks 3 weeks                         | week",
        "warning signs on 3 days                     | ''",
        "hard days in a row 2                        | ''",
        "resting HR 58 bpm                           | ''",
        "strain above the usual by a factor of 1     | ''",
        "largest day-to-day mood change 3 points     | ''",
    })
    void theUnitWordCheckCatchesAUnitNamedTwice(String text, String repeated) {
        assertThat(String.join(" ", repeatedUnitWords(text))).isEqualTo(repeated);
    }

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
                .doesNotContainPattern("\\bratio \\d+(\\.\\d+)? ratio")
                .doesNotContainPattern(UNIT_AFTER_ITS_OWN_NUMBER.pattern()));
        for (Finding f : found) {
            assertThat(measureTexts(f)).allSatisfy(t -> assertThat(repeatedUnitWords(t)).as(t).isEmpty());
        }
    }

    @Test
    void noGeneratedFindingRepeatsAUnitOrNamesASessionByItsId() {
        int findings = 0;
        for (WeeklyAssessment a : EngineGoldenOutputsTest.assessments()) {
            for (Finding f : a.findings()) {
                findings++;
                List<String> measures = measureTexts(f);
                assertThat(measures).allSatisfy(t -> assertThat(repeatedUnitWords(t)).as(t).isEmpty());
                assertThat(f.message()).as(f.ruleId()).doesNotContainPattern(UNIT_AFTER_ITS_OWN_NUMBER.pattern());
                for (String id : f.evidence().sessionIds()) {
                    assertThat(f.message()).doesNotContain(id);
                    assertThat(measures).allSatisfy(t -> assertThat(t).doesNotContain(id));
                }
                if (f.ruleId().equals(RuleId.MONOTONY.id())) {
                    assertThat(f.message()).containsPattern("\\d AU .*against a usual \\d+ AU\\.$");
                }
                if (measures.stream().anyMatch(t -> t.startsWith("hard days in a row"))) {
                    assertThat(f.message()).startsWith("Back-to-back hard days");
                    assertThat(measures).contains("hard days in a row 2");
                }
            }
        }
        assertThat(findings).isGreaterThan(1000);
    }

    @Test
    void hardDaysInARowOnlyForBackToBackDays() {
        Scenario backToBack = RuleTriggers.firing(RuleId.BUFFER_DAY);
        Scenario noBuffer = Scenario.balanced().replaceDay(java.time.DayOfWeek.WEDNESDAY, Scenario.session("wed",
                Scenario.MONDAY.plusDays(2), app.loadwise.domain.training.SessionType.STRIDES, 40, 5.0));
        assertThat(measureTexts(backToBack.findings(RuleId.BUFFER_DAY).get(0))).containsExactly("hard days in a row 2");
        assertThat(noBuffer.findings(RuleId.BUFFER_DAY)).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("No buffer day after a hard session");
            assertThat(measureTexts(f)).containsExactly("buffer days after the hard session 0");
        });
    }

    private static List<String> measureTexts(Finding f) {
        List<String> texts = new ArrayList<>();
        f.evidence().values().forEach(m -> texts.add(m.text()));
        f.evidence().thresholds().forEach(m -> texts.add(m.text()));
        return texts;
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
                + "against a baseline of " + FindingFormat.num0(rhr.baselineMean()) + " ± " + FindingFormat.num1(rhr.baselineSd())
                + " bpm");
        assertThat(f.evidence().values()).contains(new Measure("highest resting HR (Mon 16 Mar)", 58, "bpm"));
        assertThat(f.evidence().thresholds()).extracting(Measure::text)
                .contains("warning signs on one day, at least 2", "days with those signs, at least 3",
                        "fatigue from 5/7").doesNotContain("sleep below 6 h")
                .anySatisfy(t -> assertThat(t).matches("resting HR above \\d+(\\.\\d+)? bpm"));
    }

    @Test
    void painScoresReadOutOfTenAndNameTheSessionByDayAndType() {
        Scenario s = Scenario.balanced()
                .changeWeekSession("-tue-intervals", x -> x.withPain(false, null, 6));
        Finding f = s.findings(RuleId.PAIN).get(0);
        assertThat(f.evidence().values()).extracting(Measure::text).containsExactly("pain score (Tue intervals) 6/10");
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
