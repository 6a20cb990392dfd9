package app.loadwise.recovery.engine.bench;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.engine.AssessmentInput;
import app.loadwise.recovery.engine.AthleteProfile;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.TrainingLog;
import app.loadwise.recovery.engine.TrainingSession;
import app.loadwise.recovery.engine.WellnessEntry;
import app.loadwise.recovery.internal.AthleteScorer;
import app.loadwise.recovery.internal.AthleteScoringInput;
import app.loadwise.recovery.internal.ScoringWeeks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Athlete-weeks scored per second on one thread. Each athlete has 70 days of realistic records before and in
 * the assessed week (about 71 sessions with RPE, heart rate, distances and refuelling, and a wellness entry on
 * most days), different for every athlete, in a {@link TrainingLog} of records as the nightly job hands them over
 * (one record per stored row). {@code assessAthleteWeeks}: one operation is one {@link RecoveryEngine#assess} call of a complete week.
 * {@code assessBothWeeksOfEachAthlete}: the nightly job's shape, the week before and the week itself from the same
 * log in one {@link RecoveryEngine#assessAll} call, two athlete-weeks per athlete.
 * {@code fillFromStoredRowsAndAssessBothWeeks}: what the nightly job does per athlete once the database rows are
 * read: {@link AthleteScorer} makes the records from the athlete's stored rows and assesses both weeks. The floor
 * is 50,000 athlete-weeks per second (docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class RecoveryEngineBenchmark {

    /** Athlete-weeks scored per benchmark invocation. */
    static final int BATCH = 64;
    static final IsoWeek WEEK = new IsoWeek(2026, 12);

    /**
     * Distinct athletes cycled through: 64 keep every log in the CPU caches, as the nightly job hands it over (it
     * makes each athlete's records from the stored rows just before assessing them); 4096 make every log come from
     * main memory, the worst case.
     */
    @Param({"64", "4096"})
    public int athletes;

    private final RecoveryEngine engine = new RecoveryEngine();
    private final AthleteScorer scorer = new AthleteScorer();
    private AssessmentInput[] inputs;
    private AssessmentInput[] weekBefore;
    private AthleteScoringInput[] storedRows;
    private List<ScoringWeeks.Target> bothWeeks;
    private int next;

    @Setup
    public void setUp() {
        inputs = athletes(athletes, 42);
        IsoWeek previous = WEEK.previous();
        weekBefore = new AssessmentInput[inputs.length];
        for (int a = 0; a < inputs.length; a++) {
            AssessmentInput in = inputs[a];
            weekBefore[a] = new AssessmentInput(in.athlete(), in.log(), in.settings(), previous, previous.sunday());
        }
        storedRows = storedRows(inputs);
        bothWeeks = List.of(new ScoringWeeks.Target(previous, previous.sunday(), false),
                new ScoringWeeks.Target(WEEK, WEEK.sunday(), false));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void assessAthleteWeeks(Blackhole bh) {
        AssessmentInput[] in = inputs;
        int i = next;
        for (int k = 0; k < BATCH; k++) {
            bh.consume(engine.assess(in[i]));
            i = i + 1 == in.length ? 0 : i + 1;
        }
        next = i;
    }

    @Benchmark
    @OperationsPerInvocation(2 * BATCH)
    public void assessBothWeeksOfEachAthlete(Blackhole bh) {
        AssessmentInput[] in = inputs;
        AssessmentInput[] before = weekBefore;
        int i = next;
        for (int k = 0; k < BATCH; k++) {
            bh.consume(engine.assessAll(List.of(before[i], in[i])));
            i = i + 1 == in.length ? 0 : i + 1;
        }
        next = i;
    }

    @Benchmark
    @OperationsPerInvocation(2 * BATCH)
    public void fillFromStoredRowsAndAssessBothWeeks(Blackhole bh) {
        AthleteScoringInput[] in = storedRows;
        int i = next;
        for (int k = 0; k < BATCH; k++) {
            bh.consume(scorer.assess(in[i], bothWeeks, in[i].settings()));
            i = i + 1 == in.length ? 0 : i + 1;
        }
        next = i;
    }

    /** The athletes' records as the nightly job reads them from the database: one row object per record. */
    static AthleteScoringInput[] storedRows(AssessmentInput[] inputs) {
        AthleteScoringInput[] rows = new AthleteScoringInput[inputs.length];
        long id = 1;
        for (int a = 0; a < inputs.length; a++) {
            AthleteProfile p = inputs[a].athlete();
            Athlete athlete = new Athlete(1, "M-" + a, new app.loadwise.domain.athlete.AthleteProfile("Athlete " + a,
                    p.sex(), p.birthYear(), p.experienceLevel(), p.maxHeartRate(), p.restingHeartRate(), null));
            List<SessionRow> sessions = new ArrayList<>();
            for (TrainingSession s : inputs[a].sessions()) {
                sessions.add(new SessionRow(id++, a, s.date(), s.startTime(), s.type(), boxed(s.movingMinutes()),
                        boxed(s.elapsedMinutes()), boxed(s.distanceKm()), whole(s.rpe()), whole(s.avgHeartRate()),
                        whole(s.maxHeartRate()), whole(s.warmUpMinutes()), whole(s.refuelMinutesAfter()),
                        whole(s.carbsGrams()), whole(s.proteinGrams()), s.pain(), s.painLocation(),
                        whole(s.painScore()), whole(s.muscleSoreness()), s.excluded(), null));
            }
            List<WellnessRow> wellness = new ArrayList<>();
            for (WellnessEntry w : inputs[a].wellness()) {
                wellness.add(new WellnessRow(a, w.date(), boxed(w.sleepHours()), whole(w.sleepQuality()),
                        whole(w.restingHeartRate()), boxed(w.hrvRmssdMs()), whole(w.fatigue()), whole(w.stress()),
                        whole(w.mood()), whole(w.soreness()), w.painNote()));
            }
            rows[a] = new AthleteScoringInput(a, athlete, ZoneId.of("Europe/Berlin"), sessions, wellness,
                    inputs[a].settings(), null);
        }
        return rows;
    }

    private static Double boxed(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static Integer whole(double value) {
        return Double.isNaN(value) ? null : (int) value;
    }

    private static Integer whole(int value) {
        return value == TrainingSession.NOT_RECORDED ? null : value;
    }

    /** Athletes with a typical running week repeated with random variation, rest days, skipped logs and pain. */
    static AssessmentInput[] athletes(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ExperienceLevel[] levels = ExperienceLevel.values();
        SessionType[] plan = {SessionType.REST, SessionType.INTERVALS, SessionType.EASY, SessionType.TEMPO,
            SessionType.EASY, SessionType.STRIDES, SessionType.LONG};
        AssessmentInput[] result = new AssessmentInput[count];
        LocalDate monday = WEEK.monday();
        for (int a = 0; a < count; a++) {
            Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            AthleteProfile athlete = new AthleteProfile("athlete-" + a, sex, levels[a % levels.length],
                    185 + random.nextInt(15), 45 + random.nextInt(15), 1970 + random.nextInt(35));
            List<TrainingSession> sessions = new ArrayList<>();
            List<WellnessEntry> wellness = new ArrayList<>();
            double scale = 0.7 + random.nextDouble() * 0.6;
            for (int day = -63; day <= 6; day++) {
                LocalDate date = monday.plusDays(day);
                SessionType type = plan[Math.floorMod(day, 7)];
                if (random.nextInt(12) == 0) {
                    type = SessionType.EASY;
                }
                if (type != SessionType.REST && random.nextInt(15) != 0) {
                    double minutes = Math.round(scale * switch (type) {
                        case LONG -> 70 + random.nextInt(50);
                        case INTERVALS, TEMPO -> 45 + random.nextInt(20);
                        default -> 30 + random.nextInt(30);
                    });
                    double rpe = random.nextInt(5) == 0 ? Double.NaN : (double) (2 + random.nextInt(7));
                    sessions.add(new TrainingSession("s" + a + "-" + day, date, null, type, minutes, minutes + 5,
                            minutes / 6.0, rpe, 120 + random.nextInt(50), 175,
                            type.isSpeedWork() ? 10.0 + random.nextInt(15) : Double.NaN,
                            type.isHard() ? 20.0 + random.nextInt(60) : Double.NaN, type.isHard() ? 40.0 : Double.NaN,
                            type.isHard() ? 20.0 : Double.NaN, random.nextInt(60) == 0,
                            random.nextInt(40) == 0 ? "left knee" : null, TrainingSession.NOT_RECORDED,
                            random.nextInt(4), false, null));
                    if (random.nextInt(4) == 0) {
                        sessions.add(TrainingSession.of("st" + a + "-" + day, date, SessionType.STRENGTH, 30.0, 5.0));
                    }
                }
                if (random.nextInt(8) != 0) {
                    wellness.add(new WellnessEntry(date, 5.5 + random.nextInt(7) * 0.5, 1 + random.nextInt(6),
                            48 + random.nextInt(8), 40.0 + random.nextInt(40), 1 + random.nextInt(6),
                            1 + random.nextInt(6), 1 + random.nextInt(6), 1 + random.nextInt(6), null));
                }
            }
            result[a] = new AssessmentInput(athlete, TrainingLog.of(sessions, wellness), RuleSettings.defaults(), WEEK,
                    WEEK.sunday());
        }
        return result;
    }

    /** Runs the benchmark and prints athlete-weeks per second. */
    public static void main(String[] args) throws Exception {
        AssessmentInput[] sample = athletes(1024, 42);
        int sessions = 0;
        int wellness = 0;
        int findings = 0;
        RecoveryEngine engine = new RecoveryEngine();
        for (AssessmentInput in : sample) {
            sessions += in.sessions().size();
            wellness += in.wellness().size();
            findings += engine.assess(in).findings().size();
        }
        System.out.printf("Inputs: %.1f sessions and %.1f wellness entries per athlete over 70 days; "
                + "%.1f findings per athlete-week%n", sessions / 1024.0, wellness / 1024.0, findings / 1024.0);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RecoveryEngineBenchmark.class.getName()).build()).run();
        for (RunResult result : results) {
            double perSecond = result.getPrimaryResult().getScore();
            String benchmark = result.getParams().getBenchmark();
            String shape = benchmark.endsWith("assessBothWeeksOfEachAthlete") ? ", both weeks of each (nightly)"
                    : benchmark.endsWith("fillFromStoredRowsAndAssessBothWeeks")
                            ? ", records made from stored rows, both weeks (nightly job's scoring step)" : "";
            System.out.printf("Recovery engine, %s distinct athletes%s: %,.0f athlete-weeks per second on one thread "
                            + "(+- %,.0f, 99.9%% CI), %.2f us each; floor 50,000%n",
                    result.getParams().getParam("athletes"), shape, perSecond,
                    result.getPrimaryResult().getScoreError(), 1e6 / perSecond);
        }
    }
}
