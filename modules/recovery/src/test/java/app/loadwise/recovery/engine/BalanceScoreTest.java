package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalanceScoreTest {

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"100, GREEN", "75, GREEN", "74, AMBER", "50, AMBER", "49, RED", "0, RED"})
    void mapsScoresToStatusBands(int score, Status status) {
        assertThat(Status.ofScore(score)).isEqualTo(status);
    }

    @Test
    void adviceOnlyCostsAFewPointsAndStaysGreen() {
        BalanceScore s = RuleTriggers.firing(RuleId.STRENGTH).assess().score();
        assertThat(s.value()).isEqualTo(97);
        assertThat(s.status()).isEqualTo(Status.GREEN);
        assertThat(s.components()).containsExactly(new ScoreComponent("strength", -3, "1 strength finding"));
    }

    @Test
    void anAmberFindingHoldsTheScoreInTheAmberBand() {
        BalanceScore s = RuleTriggers.firing(RuleId.AFTER_LONG_RUN).assess().score();
        assertThat(s.value()).isEqualTo(74);
        assertThat(s.status()).isEqualTo(Status.AMBER);
        assertThat(s.components()).extracting(ScoreComponent::source).containsExactly("after-long-run", "amber-finding");
        assertThat(s.components()).extracting(ScoreComponent::points).containsExactly(-6, -20);
    }

    @Test
    void aPainReportMakesTheWeekRed() {
        BalanceScore s = RuleTriggers.firing(RuleId.PAIN).assess().score();
        assertThat(s.value()).isEqualTo(49);
        assertThat(s.status()).isEqualTo(Status.RED);
        assertThat(s.components().get(0)).isEqualTo(new ScoreComponent("pain", -40, "1 pain finding"));
    }

    @Test
    void capsTheDeductionForARepeatedFinding() {
        // Intervals Wed, Fri and Sun after hard days: several buffer-day findings, at most 16 points.
        Scenario s = Scenario.balanced()
                .replaceDay(java.time.DayOfWeek.WEDNESDAY, Scenario.session("w", Scenario.MONDAY.plusDays(2),
                        app.loadwise.domain.training.SessionType.INTERVALS, 40, 7.0))
                .replaceDay(java.time.DayOfWeek.FRIDAY, Scenario.session("f", Scenario.MONDAY.plusDays(4),
                        app.loadwise.domain.training.SessionType.INTERVALS, 40, 7.0));
        WeeklyAssessment a = s.assess();
        assertThat(a.findings().stream().filter(f -> f.ruleId().equals("buffer-day")).count()).isGreaterThanOrEqualTo(3);
        assertThat(a.score().components()).filteredOn(c -> c.source().equals("buffer-day"))
                .singleElement().extracting(ScoreComponent::points).isEqualTo(-16);
    }

    @ParameterizedTest(name = "TSB/CTL {0}: {1} points")
    @CsvSource({"0.2, 0", "-0.10, 0", "-0.2, 5", "-0.3, 10", "-0.4, 15", "-0.9, 15"})
    void deductsForFormWellBelowFitness(double form, int points) {
        var fitness = new WeekFigures.FitnessFatigue(FigureState.AVAILABLE, 100.0, 100 - 100 * form, 100 * form, 0.0);
        assertThat(ScoreCalculator.formPoints(fitness)).isEqualTo(points);
    }

    @ParameterizedTest
    @CsvSource({"-10", "-30", "-299", "-300", "-1250"})
    void explainsFormAsTsbPercentOfCtl(long percent) {
        assertThat(ScoreCalculator.formText(percent))
                .isEqualTo("Fatigue (ATL) well above fitness (CTL): TSB is " + percent + "% of CTL");
    }

    @Test
    void ignoresFormWhileTheBaselineIsBuilding() {
        var fitness = new WeekFigures.FitnessFatigue(FigureState.BUILDING_BASELINE, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
        assertThat(ScoreCalculator.formPoints(fitness)).isZero();
    }

    @Test
    void givesNoScoreForAWeekWithNothingRecorded() {
        Scenario s = Scenario.balanced()
                .removeSessions(x -> Scenario.WEEK.contains(x.date()))
                .removeWellness(w -> Scenario.WEEK.contains(w.date()));
        WeeklyAssessment a = s.assess();
        assertThat(a.hasScore()).isFalse();
        assertThat(a.findings()).isEmpty();
        assertThat(a.figures().days()).extracting(DayFigure::status).containsOnly(DayStatus.UNKNOWN);
    }

    @Test
    void scoresARestWeekWithWellnessRecords() {
        Scenario s = Scenario.balanced().removeSessions(x -> Scenario.WEEK.contains(x.date()));
        WeeklyAssessment a = s.assess();
        assertThat(a.hasScore()).isTrue();
        assertThat(a.figures().counts().restDays()).isEqualTo(7);
        assertThat(a.figures().weeklyLoad()).isZero();
    }

    @Test
    void listsRedFindingsFirst() {
        Scenario s = RuleTriggers.firing(RuleId.STRENGTH).changeWeekSession("-thu-tempo", x -> x.withPain(true, null, TrainingSession.NOT_RECORDED));
        List<Finding> findings = s.assess().findings();
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.RED, Severity.ADVICE);
    }

    @Test
    void recordsTheFormulaVersion() {
        WeeklyAssessment a = new RecoveryEngine().assess(EngineInputs.completeWeek(
                EngineInputs.profile("a", Sex.MALE, ExperienceLevel.ADVANCED),
                List.of(Scenario.session("s", Scenario.MONDAY, app.loadwise.domain.training.SessionType.EASY, 30, 3.0)),
                List.of(), Scenario.WEEK));
        assertThat(a.score().formulaVersion()).isEqualTo(RecoveryEngine.FORMULA_VERSION).isEqualTo("2026.2");
    }
}
