package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.engine.metrics.LoadSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekFiguresTest {

    private static final AthleteProfile ATHLETE = EngineInputs.profile("a", Sex.FEMALE, ExperienceLevel.INTERMEDIATE);
    private static final LocalDate MONDAY = Scenario.MONDAY;
    private static final LocalDate SUNDAY = Scenario.SUNDAY;

    /** One easy session a day from {@code from} to {@code to} inclusive, each of load {@code load} (RPE 5). */
    private static List<TrainingSession> daily(LocalDate from, LocalDate to, double load) {
        List<TrainingSession> s = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            s.add(TrainingSession.of("d" + d, d, SessionType.EASY, load / 5, 5.0));
        }
        return s;
    }

    private static WeeklyAssessment assess(List<TrainingSession> sessions) {
        return new RecoveryEngine().assess(EngineInputs.completeWeek(ATHLETE, sessions, List.of(), Scenario.WEEK));
    }

    @Test
    void rollingAndUncoupledRatiosMatchHandWorkedExample() {
        // 63 days at 100 AU, then the week at 200 AU a day.
        // acute = 200; chronic = (21 x 100 + 7 x 200) / 28 = 125; coupled 200 / 125 = 1.6; uncoupled 200 / 100 = 2.0
        List<TrainingSession> s = daily(MONDAY.minusDays(63), MONDAY.minusDays(1), 100);
        s.addAll(daily(MONDAY, SUNDAY, 200));
        WeekFigures.LoadRatios r = assess(s).figures().ratios();
        assertThat(r.rollingState()).isEqualTo(FigureState.AVAILABLE);
        assertThat(r.acuteDailyLoad()).isCloseTo(200, within(1e-9));
        assertThat(r.chronicDailyLoad()).isCloseTo(125, within(1e-9));
        assertThat(r.rolling()).isCloseTo(1.6, within(1e-9));
        assertThat(r.uncoupled()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void ewmaRatioMatchesHandWorkedSeries() {
        // Seeded at 100 (mean of the first 28 days); every history day is 100, so both EWMAs stay 100.
        // Then seven days at 200: acute = 200 - 100 x 0.75^7 = 186.65; chronic = 200 - 100 x (27/29)^7 = 139.36
        List<TrainingSession> s = daily(MONDAY.minusDays(63), MONDAY.minusDays(1), 100);
        s.addAll(daily(MONDAY, SUNDAY, 200));
        WeekFigures.LoadRatios r = assess(s).figures().ratios();
        double acute = 200 - 100 * Math.pow(0.75, 7);
        double chronic = 200 - 100 * Math.pow(27.0 / 29, 7);
        assertThat(r.ewmaAcute()).isCloseTo(acute, within(1e-9)).isCloseTo(186.65, within(0.01));
        assertThat(r.ewmaChronic()).isCloseTo(chronic, within(1e-9)).isCloseTo(139.36, within(0.01));
        assertThat(r.ewma()).isCloseTo(acute / chronic, within(1e-9)).isCloseTo(1.339, within(0.001));
    }

    @Test
    void ctlAtlAndTsbAfterTheLastDayMatchHandWorkedExample() {
        // 69 days at 100 AU then Sunday at 200: CTL = 100 + 100 x (1 - e^(-1/42)) = 102.353;
        // ATL = 100 + 100 x (1 - e^(-1/7)) = 113.312; TSB (form going into Monday) = -10.959; ramp = 2.353
        List<TrainingSession> s = daily(MONDAY.minusDays(63), SUNDAY.minusDays(1), 100);
        s.add(TrainingSession.of("sun", SUNDAY, SessionType.EASY, 40.0, 5.0));
        WeekFigures.FitnessFatigue f = assess(s).figures().fitness();
        assertThat(f.state()).isEqualTo(FigureState.AVAILABLE);
        assertThat(f.ctl()).isCloseTo(102.353, within(0.001));
        assertThat(f.atl()).isCloseTo(113.312, within(0.001));
        assertThat(f.tsb()).isCloseTo(-10.959, within(0.001));
        assertThat(f.rampRate()).isCloseTo(100 * (1 - LoadSeries.banisterDecay(42)), within(1e-9));
    }

    @Test
    void fosterMonotonyAndStrainOfTheWeek() {
        // Mon rest, Tue 300, Wed 450, Thu 300, Fri rest, Sat 600, Sun 300 (see StatsTest): monotony 1.3703, strain 2672.1
        List<TrainingSession> s = daily(MONDAY.minusDays(63), MONDAY.minusDays(1), 250);
        s.add(TrainingSession.of("tue", MONDAY.plusDays(1), SessionType.EASY, 60.0, 5.0));
        s.add(TrainingSession.of("wed", MONDAY.plusDays(2), SessionType.INTERVALS, 50.0, 9.0));
        s.add(TrainingSession.of("thu", MONDAY.plusDays(3), SessionType.EASY, 60.0, 5.0));
        s.add(TrainingSession.of("sat", MONDAY.plusDays(5), SessionType.LONG, 100.0, 6.0));
        s.add(TrainingSession.of("sun", SUNDAY, SessionType.EASY, 60.0, 5.0));
        WeekFigures f = assess(s).figures();
        assertThat(f.days()).extracting(DayFigure::status).containsExactly(DayStatus.IMPLIED_REST, DayStatus.TRAINED,
                DayStatus.TRAINED, DayStatus.TRAINED, DayStatus.IMPLIED_REST, DayStatus.TRAINED, DayStatus.TRAINED);
        assertThat(f.weeklyLoad()).isEqualTo(1950.0);
        assertThat(f.variation().state()).isEqualTo(FigureState.AVAILABLE);
        assertThat(f.variation().monotony()).isCloseTo(1.3703, within(0.0001));
        assertThat(f.variation().strain()).isCloseTo(2672.1, within(0.1));
        assertThat(f.variation().usualStrain()).isNaN(); // identical history days: no variation, no usual strain
        assertThat(f.variation().usualWeeklyLoad()).isEqualTo(1750.0);
    }

    @Test
    void monotonyIsWithheldWhenEveryDayIsTheSame() {
        List<TrainingSession> s = daily(MONDAY.minusDays(63), SUNDAY, 100);
        WeekFigures.Variation v = assess(s).figures().variation();
        assertThat(v.state()).isEqualTo(FigureState.NO_VARIATION);
        assertThat(v.monotony()).isNaN();
        assertThat(v.strain()).isNaN();
    }

    @Test
    void monotonyWaitsForTheWeekToEnd() {
        Scenario s = Scenario.balanced().asOf(MONDAY.plusDays(3));
        assertThat(s.assess().figures().variation().state()).isEqualTo(FigureState.INCOMPLETE_WEEK);
    }

    @Test
    void missingDataIsNotRest() {
        // Balanced history, then nothing at all logged from Tuesday to Sunday.
        Scenario s = Scenario.balanced()
                .removeSessions(x -> x.date().isAfter(MONDAY) && !x.date().isAfter(SUNDAY))
                .removeWellness(w -> w.date().isAfter(MONDAY) && !w.date().isAfter(SUNDAY));
        WeekFigures f = s.assess().figures();
        assertThat(f.days().get(0).status()).isEqualTo(DayStatus.REST); // wellness only
        assertThat(f.days().subList(1, 7)).extracting(DayFigure::status).containsOnly(DayStatus.UNKNOWN);
        assertThat(f.coverage().unknownDays()).isEqualTo(6);
        assertThat(f.coverage().daysWithRecord()).isEqualTo(1);
        assertThat(f.counts().restDays()).isEqualTo(1);
        assertThat(f.variation().state()).isEqualTo(FigureState.INSUFFICIENT_DATA);
        assertThat(f.ratios().rollingState()).isEqualTo(FigureState.INSUFFICIENT_DATA);
    }

    @ParameterizedTest(name = "a gap of {0} unlogged days is {1}")
    @CsvSource({"1, IMPLIED_REST", "3, IMPLIED_REST", "4, UNKNOWN"})
    void shortGapsWhileLoggingAreRestLongerOnesUnknown(int gap, DayStatus expected) {
        List<TrainingSession> s = new ArrayList<>();
        s.add(TrainingSession.of("before", MONDAY, SessionType.EASY, 30.0, 3.0));
        s.add(TrainingSession.of("after", MONDAY.plusDays(gap + 1), SessionType.EASY, 30.0, 3.0));
        WeekFigures f = assess(s).figures();
        for (int d = 1; d <= gap; d++) {
            assertThat(f.days().get(d).status()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "history from {0} days before Sunday: {1}")
    @CsvSource({"26, BUILDING_BASELINE", "27, AVAILABLE"})
    void withholdsRatiosUntil28DaysOfHistory(int daysBeforeSunday, FigureState expected) {
        WeekFigures f = assess(daily(SUNDAY.minusDays(daysBeforeSunday), SUNDAY, 100)).figures();
        assertThat(f.coverage().historyDays()).isEqualTo(daysBeforeSunday + 1);
        assertThat(f.coverage().baseline()).isEqualTo(expected);
        assertThat(f.ratios().rollingState()).isEqualTo(expected);
        assertThat(f.ratios().ewmaState()).isEqualTo(expected);
        assertThat(f.fitness().state()).isEqualTo(expected);
        if (expected == FigureState.BUILDING_BASELINE) {
            assertThat(f.ratios().rolling()).isNaN();
            assertThat(f.ratios().ewma()).isNaN();
            assertThat(f.fitness().tsb()).isNaN();
        }
    }

    @ParameterizedTest(name = "history from {0} days before Sunday, last {1} days unlogged: acute {2}, chronic {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "6  | 0 | 100 | -   | BUILDING_BASELINE",   // a first week, every day known: acute is given
        "4  | 0 | 100 | -   | BUILDING_BASELINE",   // 5 of the last 7 days known
        "3  | 0 | -   | -   | BUILDING_BASELINE",   // 4 of 7: withheld
        "20 | 0 | 100 | 100 | BUILDING_BASELINE",   // 21 of the last 28 known: chronic is given, ratios still wait
        "19 | 0 | 100 | -   | BUILDING_BASELINE",   // 20 of 28: chronic withheld
        "27 | 0 | 100 | 100 | AVAILABLE",
        "40 | 4 | -   | 100 | INSUFFICIENT_DATA",   // Thu-Sun unlogged (longer than implied rest): 3 of 7 known, 24 of 28
        "40 | 2 | 100 | 100 | AVAILABLE"            // Sat-Sun unlogged: implied rest, known (load 0)
    })
    void withholdsAcuteAndChronicLoadOnlyByTheirOwnKnownDays(int daysBeforeSunday, int unlogged, Double acute,
                                                              Double chronic, FigureState ratios) {
        WeekFigures f = assess(daily(SUNDAY.minusDays(daysBeforeSunday), SUNDAY.minusDays(unlogged), 100)).figures();
        WeekFigures.LoadRatios r = f.ratios();
        assertThat(r.rollingState()).isEqualTo(ratios);
        if (acute == null) {
            assertThat(r.acuteDailyLoad()).isNaN();
        } else if (unlogged == 0) {
            assertThat(r.acuteDailyLoad()).isCloseTo(acute, within(1e-9));
        } else {
            assertThat(r.acuteDailyLoad()).isCloseTo(acute * (7 - unlogged) / 7, within(1e-9));
        }
        if (chronic == null) {
            assertThat(r.chronicDailyLoad()).isNaN();
        } else {
            assertThat(r.chronicDailyLoad()).isGreaterThan(0).isLessThanOrEqualTo(chronic);
        }
        if (ratios != FigureState.AVAILABLE) {
            assertThat(r.rolling()).isNaN();
            assertThat(r.uncoupled()).isNaN();
        }
    }

    @Test
    void countsHardRestAndSpeedDaysAndTheLongestHardStreak() {
        List<TrainingSession> s = new ArrayList<>(daily(MONDAY.minusDays(40), MONDAY.minusDays(1), 200));
        s.add(TrainingSession.of("mon", MONDAY, SessionType.INTERVALS, 50.0, 8.0));
        s.add(TrainingSession.of("tue", MONDAY.plusDays(1), SessionType.HILLS, 50.0, 8.0));
        s.add(TrainingSession.of("wed", MONDAY.plusDays(2), SessionType.LONG, 100.0, 5.0));
        s.add(TrainingSession.of("thu", MONDAY.plusDays(3), SessionType.REST, Double.NaN, Double.NaN));
        s.add(TrainingSession.of("fri", MONDAY.plusDays(4), SessionType.TEMPO, 40.0, 6.0));
        s.add(TrainingSession.of("sat", MONDAY.plusDays(5), SessionType.STRENGTH, 30.0, 5.0));
        s.add(TrainingSession.of("sat2", MONDAY.plusDays(5), SessionType.STRENGTH, 20.0, 5.0));
        WeekFigures.DayCounts c = assess(s).figures().counts();
        assertThat(c.hardDays()).isEqualTo(4);
        assertThat(c.longestHardStreak()).isEqualTo(3);
        assertThat(c.speedDays()).isEqualTo(3);
        assertThat(c.restDays()).isEqualTo(2); // Thursday logged rest, Sunday implied
        assertThat(c.easyOrRestDays()).isEqualTo(3);
        assertThat(c.strengthSessions()).isEqualTo(2);
    }

    @Test
    void singleRunSpikeComparesWithTheLongestRunOfThePrevious30Days() {
        Scenario s = Scenario.balanced()
                .add(TrainingSession.of("old-long", MONDAY.minusDays(31), SessionType.LONG, 150.0, 4.0).withDistanceKm(25.0))
                .changeWeekSession("-sun-long", x -> x.withDistanceKm(21.0));
        WeekFigures.RunSpike spike = s.assess().figures().runSpike();
        assertThat(spike.state()).isEqualTo(FigureState.AVAILABLE);
        assertThat(spike.basis()).isEqualTo(WeekFigures.SpikeBasis.DISTANCE_KM);
        assertThat(spike.sessionId()).endsWith("-sun-long");
        assertThat(spike.previousLongest()).isEqualTo(14.0); // the 25 km run was 31 days before
        assertThat(spike.ratio()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void singleRunSpikeUsesMovingMinutesWithoutDistances() {
        Scenario s = Scenario.balanced().changeSessions(x -> true, x -> x.withDistanceKm(Double.NaN))
                .changeWeekSession("-sun-long", x -> TrainingSession.of(x.id(), x.date(), x.type(), 100.0, 4.0));
        WeekFigures.RunSpike spike = s.assess().figures().runSpike();
        assertThat(spike.basis()).isEqualTo(WeekFigures.SpikeBasis.MOVING_MINUTES);
        assertThat(spike.ratio()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void singleRunSpikeNeeds30DaysOfHistory() {
        WeekFigures f = assess(daily(MONDAY.minusDays(20), SUNDAY, 100)).figures();
        assertThat(f.runSpike().state()).isEqualTo(FigureState.BUILDING_BASELINE);
        assertThat(f.runSpike().ratio()).isNaN();
    }

    @Test
    void sleepAndMorningPhysiologyAgainstTheAthletesBaseline() {
        Scenario s = Scenario.balanced();
        for (LocalDate d = MONDAY; !d.isAfter(SUNDAY); d = d.plusDays(1)) {
            s.wellnessOn(d, w -> Scenario.withPhysio(Scenario.withSleep(w, 6.5), 54, 50.0));
        }
        WeekFigures.Wellness w = s.assess().figures().wellness();
        assertThat(w.averageSleepHours()).isEqualTo(6.5);
        assertThat(w.nightsWithSleep()).isEqualTo(7);
        // Baseline: 60 days of RHR 49, 50, 51 in turn -> mean 49.8 (the days fall 20/20/20 minus rounding).
        assertThat(w.restingHeartRate().state()).isEqualTo(FigureState.AVAILABLE);
        assertThat(w.restingHeartRate().weekMean()).isEqualTo(54.0);
        assertThat(w.restingHeartRate().baselineReadings()).isEqualTo(60);
        assertThat(w.restingHeartRate().zScore()).isCloseTo(
                (54 - w.restingHeartRate().baselineMean()) / w.restingHeartRate().baselineSd(), within(1e-12));
        assertThat(w.restingHeartRate().zScore()).isGreaterThan(3);
        assertThat(w.hrv().zScore()).isLessThan(-3);
    }

    @Test
    void morningBaselineNeeds14Readings() {
        Scenario s = Scenario.balanced().removeWellness(w -> w.date().isBefore(MONDAY.minusDays(14)));
        assertThat(s.assess().figures().wellness().restingHeartRate().state()).isEqualTo(FigureState.AVAILABLE);
        s.removeWellness(w -> w.date().equals(MONDAY.minusDays(14)));
        assertThat(s.assess().figures().wellness().restingHeartRate().state()).isEqualTo(FigureState.BUILDING_BASELINE);
    }

    @Test
    void hooperIndexAndItemZScoresAgainstTheLast28Days() {
        // Baseline items alternate 2 and 3 (index 8 or 12); the week is all 4s except fatigue 6: index 18.
        Scenario s = Scenario.balanced();
        for (LocalDate d = MONDAY; !d.isAfter(SUNDAY); d = d.plusDays(1)) {
            s.wellnessOn(d, w -> Scenario.withItems(w, 4, 6, 4, 4, 4));
        }
        WeekFigures.Hooper h = s.assess().figures().wellness().hooper();
        assertThat(h.state()).isEqualTo(FigureState.AVAILABLE);
        assertThat(h.weekMeanIndex()).isEqualTo(18.0);
        assertThat(h.indexZ()).isCloseTo((18 - h.baselineMeanIndex()) / h.baselineSdIndex(), within(1e-12));
        assertThat(h.fatigueZ()).isGreaterThan(h.stressZ());
        assertThat(h.moodZ()).isCloseTo(h.stressZ(), within(1e-12));
    }

    @Test
    void coverageCountsDaysWithAnyRecord() {
        Scenario s = Scenario.balanced()
                .removeWellness(w -> Scenario.WEEK.contains(w.date()))
                .removeSessions(x -> x.date().equals(MONDAY.plusDays(5)));
        WeekFigures.Coverage c = s.assess().figures().coverage();
        assertThat(c.daysElapsed()).isEqualTo(7);
        assertThat(c.daysWithRecord()).isEqualTo(5); // Monday (rest, no wellness) and Saturday have nothing
        assertThat(c.historyDays()).isEqualTo(70);
    }

    @Test
    void ignoresRecordsAfterTheAsOfDate() {
        Scenario s = Scenario.balanced().asOf(MONDAY.plusDays(2));
        WeeklyAssessment a = s.assess();
        assertThat(a.score().provisional()).isTrue();
        assertThat(a.figures().coverage().daysElapsed()).isEqualTo(3);
        assertThat(a.figures().weeklyLoad()).isEqualTo(350.0 + 240.0);
        assertThat(a.figures().days().subList(3, 7)).extracting(DayFigure::status).containsOnly(DayStatus.NOT_YET);
        assertThat(a.sessionLoads()).allMatch(l -> !l.date().isAfter(MONDAY.plusDays(2)));
    }
}
