package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.TrainingSession.orNaN;
import static app.loadwise.recovery.engine.TrainingSession.orNone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants that hold for any athlete history, checked on random inputs. */
class RecoveryEnginePropertiesTest {

    private static final RecoveryEngine ENGINE = new RecoveryEngine();
    private static final LocalDate MONDAY = Scenario.MONDAY;
    private static final String[] LOCATIONS = {null, null, "calf muscle", "left knee", "Achilles", "hamstring"};
    private static final String[] NOTES = {null, null, null, "legs heavy", "sharp pain in the left knee"};

    @Property(tries = 200)
    void scoreStaysWithin0To100AndMatchesItsStatus(@ForAll("inputs") AssessmentInput input) {
        WeeklyAssessment a = ENGINE.assess(input);
        if (a.hasScore()) {
            assertThat(a.score().value()).isBetween(0, 100);
            assertThat(a.score().status()).isEqualTo(Status.ofScore(a.score().value()));
            boolean red = a.findings().stream().anyMatch(f -> f.severity() == Severity.RED);
            assertThat(a.score().status() == Status.RED || !red).isTrue();
        } else {
            assertThat(a.figures().coverage().daysWithRecord()).isZero();
        }
    }

    @Property(tries = 200)
    void addingAPainReportNeverRaisesTheScoreOrImprovesTheStatus(@ForAll("inputs") AssessmentInput input,
                                                                 @ForAll("index") int pick) {
        List<TrainingSession> week = input.sessions().stream()
                .filter(s -> !s.excluded() && input.week().contains(s.date()) && !s.date().isAfter(input.asOf()))
                .toList();
        Assume.that(!week.isEmpty());
        TrainingSession target = week.get(pick % week.size());
        List<TrainingSession> withPain = new ArrayList<>(input.sessions());
        withPain.replaceAll(s -> s == target ? s.withPain(true, "knee", 7) : s);

        WeeklyAssessment before = ENGINE.assess(input);
        WeeklyAssessment after = ENGINE.assess(copy(input, withPain, input.wellness()));

        assertThat(after.score().value()).isLessThanOrEqualTo(before.score().value());
        assertThat(after.score().status().ordinal()).isGreaterThanOrEqualTo(before.score().status().ordinal());
        assertThat(after.score().status()).isEqualTo(Status.RED);
    }

    @Property(tries = 200)
    void excludedSessionsNeverChangeTheAssessment(@ForAll("inputs") AssessmentInput input,
                                                  @ForAll("sessionLists") List<TrainingSession> extra) {
        List<TrainingSession> more = new ArrayList<>(input.sessions());
        for (TrainingSession s : extra) {
            more.add(s.withExcluded(true));
        }
        assertThat(ENGINE.assess(copy(input, more, input.wellness()))).isEqualTo(ENGINE.assess(input));
    }

    @Property(tries = 200)
    void recordsAfterTheAsOfDateNeverChangeTheAssessment(@ForAll("inputs") AssessmentInput input,
                                                         @ForAll("sessionLists") List<TrainingSession> extra) {
        List<TrainingSession> more = new ArrayList<>(input.sessions());
        List<WellnessEntry> wellness = new ArrayList<>(input.wellness());
        for (TrainingSession s : extra) {
            LocalDate later = input.asOf().plusDays(1 + Math.floorMod(s.date().toEpochDay(), 10));
            more.add(on(s, later).withPain(true, "knee", 9));
            wellness.add(new WellnessEntry(later, 3.0, 7, 90, 10.0, 7, 7, 7, 7, "sharp knee"));
        }
        assertThat(ENGINE.assess(copy(input, more, wellness))).isEqualTo(ENGINE.assess(input));
    }

    @Property(tries = 200)
    void switchingAnyRuleOffNeverLowersTheScore(@ForAll("inputs") AssessmentInput input, @ForAll RuleId rule) {
        WeeklyAssessment on = ENGINE.assess(input);
        Assume.that(on.hasScore());
        RuleSettings off = input.settings().withAllLevels(r -> r.withEnabled(rule, false));
        WeeklyAssessment without = ENGINE.assess(new AssessmentInput(input.athlete(), input.sessions(),
                input.wellness(), off, input.week(), input.asOf()));
        assertThat(without.score().value()).isGreaterThanOrEqualTo(on.score().value());
        assertThat(without.findings()).noneMatch(f -> f.ruleId().equals(rule.id()));
    }

    @Property(tries = 200)
    void weeklyLoadIsTheSumOfTheWeeksSessionLoads(@ForAll("inputs") AssessmentInput input) {
        WeeklyAssessment a = ENGINE.assess(input);
        double sum = 0;
        for (SessionLoad l : a.sessionLoads()) {
            assertThat(l.load()).isGreaterThanOrEqualTo(0);
            assertThat(input.week().contains(l.date()) && !l.date().isAfter(input.asOf())).isTrue();
            sum += l.load();
        }
        assertThat(a.figures().weeklyLoad()).isCloseTo(sum, within(1e-6));
        assertThat(a.figures().days().stream().mapToDouble(DayFigure::load).sum()).isCloseTo(sum, within(1e-6));
    }

    @Property(tries = 200)
    void withheldFiguresAreNaNAndEveryFindingCarriesItsRulesEvidenceStrength(@ForAll("inputs") AssessmentInput input) {
        WeeklyAssessment a = ENGINE.assess(input);
        WeekFigures f = a.figures();
        if (f.ratios().ewmaState() != FigureState.AVAILABLE) {
            assertThat(f.ratios().ewma()).isNaN();
        }
        if (f.variation().state() != FigureState.AVAILABLE) {
            assertThat(f.variation().monotony()).isNaN();
        }
        if (f.coverage().historyDays() < 28) {
            assertThat(f.ratios().rolling()).isNaN();
            assertThat(f.fitness().tsb()).isNaN();
        }
        for (Finding finding : a.findings()) {
            assertThat(finding.evidenceStrength()).isEqualTo(RuleId.fromId(finding.ruleId()).evidenceStrength());
        }
    }

    private static AssessmentInput copy(AssessmentInput in, List<TrainingSession> sessions, List<WellnessEntry> wellness) {
        return new AssessmentInput(in.athlete(), sessions, wellness, in.settings(), in.week(), in.asOf());
    }

    /** The same session on another date. */
    private static TrainingSession on(TrainingSession s, LocalDate date) {
        return new TrainingSession(s.id(), date, s.startTime(), s.type(), s.movingMinutes(), s.elapsedMinutes(), s.distanceKm(),
                s.rpe(), s.avgHeartRate(), s.maxHeartRate(), s.warmUpMinutes(), s.refuelMinutesAfter(), s.carbsGrams(),
                s.proteinGrams(), s.pain(), s.painLocation(), s.painScore(), s.muscleSoreness(), s.excluded(), s.notes());
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<AssessmentInput> inputs() {
        Arbitrary<AthleteProfile> athletes = Combinators.combine(
                Arbitraries.of(Sex.class), Arbitraries.of(ExperienceLevel.class), Arbitraries.of(true, false))
                .as((sex, level, hr) -> new AthleteProfile("a", sex, level, hr ? 188 : null, hr ? 48 : null, hr ? null : 1990));
        Arbitrary<List<WellnessEntry>> wellness = wellness().list().ofMaxSize(75)
                .map(list -> {
                    List<WellnessEntry> unique = new ArrayList<>();
                    java.util.Set<LocalDate> seen = new java.util.HashSet<>();
                    for (WellnessEntry w : list) {
                        if (seen.add(w.date())) {
                            unique.add(w);
                        }
                    }
                    return unique;
                });
        return Combinators.combine(athletes, sessionLists(), wellness, Arbitraries.integers().between(0, 9))
                .as((athlete, sessions, w, asOfDays) -> new AssessmentInput(athlete, sessions, w,
                        RuleSettings.defaults(), Scenario.WEEK, MONDAY.plusDays(asOfDays)));
    }

    @Provide
    Arbitrary<List<TrainingSession>> sessionLists() {
        return sessionArbitrary().list().ofMaxSize(90).map(list -> {
            List<TrainingSession> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                TrainingSession s = list.get(i);
                numbered.add(new TrainingSession("s" + i + "-" + s.id(), s.date(), null, s.type(), s.movingMinutes(),
                        s.elapsedMinutes(), s.distanceKm(), s.rpe(), s.avgHeartRate(), s.maxHeartRate(),
                        s.warmUpMinutes(), s.refuelMinutesAfter(), s.carbsGrams(), s.proteinGrams(), s.pain(),
                        s.painLocation(), s.painScore(), s.muscleSoreness(), s.excluded(), s.notes()));
            }
            return numbered;
        });
    }

    private static Arbitrary<TrainingSession> sessionArbitrary() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-70, 9).map(MONDAY::plusDays);
        Arbitrary<Double> minutes = Arbitraries.integers().between(0, 200).map(Integer::doubleValue).injectNull(0.05);
        Arbitrary<Double> rpe = Arbitraries.integers().between(0, 10).map(Integer::doubleValue).injectNull(0.3);
        Arbitrary<Integer> hr = Arbitraries.integers().between(90, 195).injectNull(0.5);
        Arbitrary<Double> km = Arbitraries.integers().between(1, 40).map(Integer::doubleValue).injectNull(0.3);
        Arbitrary<Double> small = Arbitraries.integers().between(0, 120).map(Integer::doubleValue).injectNull(0.6);
        Arbitrary<Integer> painScore = Arbitraries.integers().between(0, 10).injectNull(0.8);
        Arbitrary<String> location = Arbitraries.of(LOCATIONS);
        return Combinators.combine(dates, Arbitraries.of(SessionType.class), minutes, rpe, hr, km, small, painScore)
                .flatAs((date, type, min, r, avg, dist, extra, ps) -> Combinators.combine(location,
                                Arbitraries.integers().between(0, 19), small, small)
                        .as((loc, flags, carbs, warm) -> new TrainingSession("x", date, null, type, orNaN(min),
                                Double.NaN, orNaN(dist), orNaN(r), orNone(avg), TrainingSession.NOT_RECORDED,
                                orNaN(warm), orNaN(extra), orNaN(carbs), orNaN(extra), flags == 0, loc, orNone(ps),
                                TrainingSession.NOT_RECORDED, flags == 1, null)));
    }

    private static Arbitrary<WellnessEntry> wellness() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-70, 9).map(MONDAY::plusDays);
        Arbitrary<Integer> item = Arbitraries.integers().between(1, 7).injectNull(0.2);
        Arbitrary<Double> sleep = Arbitraries.integers().between(8, 20).map(h -> h / 2.0).injectNull(0.2);
        Arbitrary<Integer> rhr = Arbitraries.integers().between(40, 70).injectNull(0.3);
        Arbitrary<Double> hrv = Arbitraries.integers().between(20, 120).map(Integer::doubleValue).injectNull(0.3);
        Arbitrary<String> notes = Arbitraries.of(NOTES);
        return Combinators.combine(dates, sleep, item, rhr, hrv, item, item, item)
                .flatAs((d, s, q, r, h, f, st, m) -> notes.map(note -> new WellnessEntry(d, orNaN(s), orNone(q),
                        orNone(r), orNaN(h), orNone(f), orNone(st), orNone(m), orNone(q), note)));
    }
}
