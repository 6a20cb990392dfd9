package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.health.HealthEventKind;
import app.loadwise.domain.health.HealthEventRow;
import app.loadwise.domain.recovery.FindingRow;
import app.loadwise.domain.recovery.ScoredWeekRow;
import app.loadwise.recovery.RulePrecisionReport;
import app.loadwise.recovery.RulePrecisionReport.EventOutcome;
import app.loadwise.recovery.RulePrecisionReport.Outcome;
import app.loadwise.recovery.internal.RulePrecisionCalculator.Status;
import app.loadwise.recovery.internal.RulePrecisionCalculator.WeekOutcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulePrecisionCalculatorTest {

    /** 2026-W40: Monday 28 September to Sunday 4 October; its window ends on 25 October (Sunday + 21 days). */
    private static final LocalDate W40 = LocalDate.of(2026, 9, 28);
    private static final LocalDate W41 = W40.plusWeeks(1);
    private static final LocalDate LATER = LocalDate.of(2027, 1, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                         kind,    started,    ended,      as of,      status,              injury, illness
            injury on the Tuesday follows,                   INJURY,  2026-09-29, -,          2027-01-01, EVALUATED,           true,   false
            injury on the Sunday follows,                    INJURY,  2026-10-04, 2026-10-09, 2027-01-01, EVALUATED,           true,   false
            injury on day 21 after the week follows,         INJURY,  2026-10-25, -,          2027-01-01, EVALUATED,           true,   false
            injury on day 22 after the week does not,        INJURY,  2026-10-26, -,          2027-01-01, EVALUATED,           false,  false
            illness in the window is counted as illness,     ILLNESS, 2026-10-01, 2026-10-05, 2027-01-01, EVALUATED,           false,  true
            injury that ended before the week is no outcome, INJURY,  2026-09-01, 2026-09-27, 2027-01-01, EVALUATED,           false,  false
            injury starting on the Monday is already there,  INJURY,  2026-09-28, 2026-10-10, 2027-01-01, DURING_HEALTH_EVENT, false,  false
            injury still going on at the Monday,             INJURY,  2026-09-20, -,          2027-01-01, DURING_HEALTH_EVENT, false,  false
            injury that ended on the Monday,                 INJURY,  2026-09-20, 2026-09-28, 2027-01-01, DURING_HEALTH_EVENT, false,  false
            illness going on at the Monday,                  ILLNESS, 2026-09-27, 2026-09-30, 2027-01-01, DURING_HEALTH_EVENT, false,  false
            window's last day is today: pending,             INJURY,  2026-10-26, -,          2026-10-25, PENDING,             false,  false
            window passed yesterday: evaluated,              INJURY,  2026-10-20, -,          2026-10-26, EVALUATED,           true,   false
            """)
    void classifiesAFindingWeekByTheHealthEventsAroundIt(String name, HealthEventKind kind, LocalDate started, LocalDate ended,
                                                          LocalDate asOf, Status status, boolean injury, boolean illness) {
        WeekOutcome outcome = RulePrecisionCalculator.outcome(W40, List.of(new HealthEventRow(1, kind, started, ended)), asOf);
        assertThat(outcome).isEqualTo(new WeekOutcome(status, injury, illness));
    }

    @Test
    void aWeekWithoutHealthEventsIsEvaluatedOnceItsWindowHasPassed() {
        assertThat(RulePrecisionCalculator.outcome(W40, List.of(), LocalDate.of(2026, 10, 26)))
                .isEqualTo(new WeekOutcome(Status.EVALUATED, false, false));
        assertThat(RulePrecisionCalculator.outcome(W40, List.of(), LocalDate.of(2026, 10, 25)).status()).isEqualTo(Status.PENDING);
    }

    private static RulePrecisionReport report(LocalDate from, LocalDate to, List<FindingRow> findings, List<ScoredWeekRow> weeks,
                                              List<HealthEventRow> events) {
        LocalDate firstMonday = from.with(java.time.DayOfWeek.MONDAY);
        LocalDate lastMonday = to.with(java.time.DayOfWeek.MONDAY);
        return RulePrecisionCalculator.calculate(1, "2026.1", "first", "last",
                new RulePrecisionCalculator.Input(firstMonday, lastMonday, from, to, LATER, findings, weeks, events));
    }

    private static Outcome outcome(long evaluated, long injury, Double injuryShare, long illness, Double illnessShare) {
        return new Outcome(evaluated, injury, injuryShare, illness, illnessShare, 0, 0);
    }

    @Test
    void oneInjuryCountsForEveryRedFindingOfItsAthleteWhoseWindowHoldsIt() {
        List<FindingRow> findings = List.of(
                new FindingRow(1, W40, "buffer-day", "amber"),
                new FindingRow(1, W40, "pain", "red"),
                new FindingRow(1, W40, "sleep", "red"),
                new FindingRow(1, W41, "burnout", "red"),
                new FindingRow(2, W40, "pain", "red"));
        List<ScoredWeekRow> weeks = List.of(new ScoredWeekRow(1, W40), new ScoredWeekRow(1, W41),
                new ScoredWeekRow(2, W40), new ScoredWeekRow(2, W41));
        List<HealthEventRow> events = List.of(new HealthEventRow(1, HealthEventKind.INJURY, LocalDate.of(2026, 10, 20), null));

        RulePrecisionReport report = report(W40, LocalDate.of(2026, 10, 25), findings, weeks, events);

        assertThat(report.rules()).extracting(RulePrecisionReport.RuleOutcome::ruleId)
                .containsExactly("pain", "burnout", "sleep", "buffer-day");
        assertThat(report.rules().get(0).red()).isEqualTo(outcome(2, 1, 0.5, 0, 0.0));
        assertThat(report.rules().get(1).red()).isEqualTo(outcome(1, 1, 1.0, 0, 0.0));
        assertThat(report.rules().get(2).red()).isEqualTo(outcome(1, 1, 1.0, 0, 0.0));
        assertThat(report.rules().get(3).red()).isEqualTo(outcome(0, 0, null, 0, null));
        assertThat(report.rules().get(3).amber()).isEqualTo(outcome(1, 1, 1.0, 0, 0.0));
        assertThat(report.anyRedFinding()).isEqualTo(outcome(3, 2, 0.667, 0, 0.0));
        assertThat(report.noRedFinding()).isEqualTo(outcome(1, 0, 0.0, 0, 0.0));
        assertThat(report.injuries()).isEqualTo(new EventOutcome(1, 1, 0, 0));
        assertThat(report.illnesses()).isEqualTo(new EventOutcome(0, 0, 0, 0));
        assertThat(report.windowDays()).isEqualTo(21);
    }

    @Test
    void weeksDuringAnInjuryAndWeeksStillOpenAreCountedApart() {
        LocalDate recent = LocalDate.of(2026, 12, 14);
        List<FindingRow> findings = List.of(
                new FindingRow(1, W40, "pain", "red"),
                new FindingRow(2, W40, "pain", "red"),
                new FindingRow(3, recent, "pain", "red"));
        List<HealthEventRow> events = List.of(new HealthEventRow(1, HealthEventKind.INJURY, W40.minusDays(10), null));

        Outcome pain = report(W40, recent.plusDays(6), findings, List.of(), events).rules().get(0).red();

        assertThat(pain).isEqualTo(new Outcome(1, 0, 0.0, 0, 0.0, 1, 1));
    }

    @Test
    void findingsOutsideThePeriodOnlyServeToTellWhetherAnInjuryWasPreceded() {
        LocalDate from = LocalDate.of(2026, 10, 12);
        List<FindingRow> findings = List.of(new FindingRow(1, W40, "pain", "red"), new FindingRow(5, W40, "sleep", "amber"));
        List<ScoredWeekRow> weeks = List.of(new ScoredWeekRow(1, W40), new ScoredWeekRow(2, W40), new ScoredWeekRow(2, W41),
                new ScoredWeekRow(5, W40));
        List<HealthEventRow> events = List.of(
                new HealthEventRow(1, HealthEventKind.INJURY, LocalDate.of(2026, 10, 13), null),
                new HealthEventRow(2, HealthEventKind.INJURY, LocalDate.of(2026, 10, 14), null),
                new HealthEventRow(2, HealthEventKind.ILLNESS, LocalDate.of(2026, 11, 20), null),
                new HealthEventRow(3, HealthEventKind.INJURY, LocalDate.of(2026, 10, 15), null),
                new HealthEventRow(5, HealthEventKind.INJURY, LocalDate.of(2026, 10, 16), null),
                new HealthEventRow(4, HealthEventKind.INJURY, LocalDate.of(2026, 9, 1), null));

        RulePrecisionReport report = report(from, LocalDate.of(2026, 11, 1), findings, weeks, events);

        assertThat(report.rules()).isEmpty();
        assertThat(report.injuries()).isEqualTo(new EventOutcome(4, 1, 2, 1));
        assertThat(report.illnesses()).isEqualTo(new EventOutcome(0, 0, 0, 0));
        assertThat(report.noRedFinding().evaluated()).isZero();
    }

    @Test
    void sharesAreRoundedToThreeDecimalsAndNullWithoutEvaluatedWeeks() {
        assertThat(RulePrecisionCalculator.share(1, 3)).isEqualTo(0.333);
        assertThat(RulePrecisionCalculator.share(2, 3)).isEqualTo(0.667);
        assertThat(RulePrecisionCalculator.share(0, 0)).isNull();
    }
}
