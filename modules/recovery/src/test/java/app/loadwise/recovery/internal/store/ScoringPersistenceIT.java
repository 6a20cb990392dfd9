package app.loadwise.recovery.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TestSessions;
import app.loadwise.domain.training.TrainingLogRows;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.domain.training.WellnessRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The nightly claim and run progress on real PostgreSQL and H2. */
class ScoringPersistenceIT {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);
    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T tx(Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(emf, work);
    }

    /** One caller's attempt: insert the claim in its own transaction; a lost race fails the insert. */
    private boolean tryClaim(String instance) {
        if (tx(em -> new JobClaimRepository(em).isClaimed("nightly-scoring", NIGHT))) {
            return false;
        }
        try {
            tx(em -> {
                new JobClaimRepository(em).insertClaim("nightly-scoring", NIGHT, instance, AT);
                return null;
            });
            return true;
        } catch (RuntimeException lost) {
            return false;
        }
    }

    /** Who holds the claim for a night. */
    private Optional<String> holder(String jobName, LocalDate runDate) {
        return tx(em -> em.createNativeQuery("SELECT instance FROM job_claim WHERE job_name = ?1 AND run_date = ?2")
                .setParameter(1, jobName).setParameter(2, runDate).getResultList().stream()
                .map(String::valueOf).findFirst());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void exactlyOneOfManyCompetingCallersWinsTheNight(Kind kind) throws Exception {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String instance = "instance-" + i;
            Callable<Boolean> attempt = () -> {
                start.await();
                return tryClaim(instance);
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        Optional<String> holder = holder("nightly-scoring", NIGHT);
        assertThat(holder).get().asString().startsWith("instance-");
        assertThat(tryClaim("late-comer")).isFalse();
        boolean nextNight = tx(em -> new JobClaimRepository(em).isClaimed("nightly-scoring", NIGHT.plusDays(1)));
        assertThat(nextNight).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsTheTrainingLogOfManyAthletesAsRows(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        LocalDate day = LocalDate.of(2026, 11, 17);
        long[] ids = tx(em -> {
            long club = new ClubRepository(em).store(new Club("C", ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.UK, AT)).id();
            var athletes = new AthleteRepository(em);
            long a = athletes.store(new Athlete(club, "A", new AthleteProfile("A", Sex.MALE, 1990, ExperienceLevel.ADVANCED, 190, 50, null))).id();
            long b = athletes.store(new Athlete(club, "B", new AthleteProfile("B", Sex.FEMALE, 1991, ExperienceLevel.BEGINNER, null, null, null))).id();
            var sessions = new TrainingSessionRepository(em);
            sessions.store(new TrainingSession(a, new SessionDetails(day, LocalTime.of(18, 30), SessionType.INTERVALS, 50.0, 55.0, 10.5, 8,
                    160, 182, 15, 40, 50, 25, true, "left Achilles", 6, 2, "reps"), SessionSource.api()));
            TrainingSession excluded = sessions.store(new TrainingSession(b, TestSessions.basic(day.minusDays(1), null, SessionType.EASY, 30.0, null), SessionSource.api()));
            excluded.exclude("watch glitch");
            sessions.store(new TrainingSession(b, TestSessions.basic(day.minusDays(90), null, SessionType.EASY, 30.0, 3), SessionSource.api()));
            new WellnessRepository(em).store(new WellnessEntry(a, new WellnessDetails(day, 7.5, 3, 48, 71.5, 2, 3, 4, 5, "calf tight")));
            return new long[] {a, b};
        });
        List<SessionRow> sessions = tx(em -> new TrainingLogRows(em).sessions(List.of(ids[0], ids[1]), day.minusDays(30), day));
        assertThat(sessions).hasSize(2);
        SessionRow hard = sessions.get(0);
        assertThat(hard.athleteId()).isEqualTo(ids[0]);
        assertThat(hard).isEqualTo(new SessionRow(hard.id(), ids[0], day, LocalTime.of(18, 30), SessionType.INTERVALS, 50.0, 55.0,
                10.5, 8, 160, 182, 15, 40, 50, 25, true, "left Achilles", 6, 2, false, "reps"));
        assertThat(sessions.get(1).excluded()).isTrue();
        assertThat(sessions.get(1).rpe()).isNull();
        List<WellnessRow> wellness = tx(em -> new TrainingLogRows(em).wellness(List.of(ids[0], ids[1]), day, day));
        assertThat(wellness).containsExactly(new WellnessRow(ids[0], day, 7.5, 3, 48, 71.5, 2, 3, 4, 5, "calf tight"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void replacesAWeeksScoresWithPlainBatches(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        IsoWeek week = IsoWeek.parse("2026-W47");
        long[] ids = tx(em -> {
            long club = new ClubRepository(em).store(new Club("C", ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.UK, AT)).id();
            var athletes = new AthleteRepository(em);
            long a = athletes.store(new Athlete(club, "A", new AthleteProfile("A", Sex.MALE, 1990, ExperienceLevel.ADVANCED, 190, 50, null))).id();
            long b = athletes.store(new Athlete(club, "B", new AthleteProfile("B", Sex.FEMALE, 1991, ExperienceLevel.BEGINNER, null, null, null))).id();
            return new long[] {club, a, b};
        });
        WeeklyFigures figures = new WeeklyFigures(new WeeklyFigures.Values(1800.0, 257.1, 230.0, 1.12, null, 1.2, 1.4, 2520.0,
                40.0, 55.0, -15.0, 3.0, 5, 2, 1, 1, null, 1.1, 6.8, 0.4, null, 14.0, 7, "available"));
        tx(em -> {
            new WeeklyScoreRepository(em).replaceAll(List.of(
                    score(ids[1], ids[0], week, 40, ScoreStatus.RED, figures, List.of(
                            new StoredFinding("pain", "red", "Pain reported", "Back off", "dates 2026-11-18", "precaution"),
                            new StoredFinding("sleep", "amber", "Short sleep", "Sleep 7-9 h", null, null))),
                    score(ids[2], ids[0], week, 90, ScoreStatus.GREEN, figures, List.of())));
            return null;
        });
        tx(em -> {
            new WeeklyScoreRepository(em).replaceAll(List.of(
                    score(ids[1], ids[0], week, 55, ScoreStatus.AMBER, figures, List.of(
                            new StoredFinding("sleep", "amber", "Short sleep", "Sleep 7-9 h", null, null)))));
            return null;
        });
        List<WeeklyScore> stored = tx(em -> new WeeklyScoreRepository(em).ofClub(ids[0], week, "2026.1"));
        assertThat(stored).extracting(WeeklyScore::athleteId, WeeklyScore::score, WeeklyScore::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ids[1], 55, ScoreStatus.AMBER),
                        org.assertj.core.groups.Tuple.tuple(ids[2], 90, ScoreStatus.GREEN));
        assertThat(stored.get(0).figures().values()).isEqualTo(figures.values());
        assertThat(stored.get(0).computedAt()).isEqualTo(AT);
        assertThat(stored.get(0).week()).isEqualTo(week);
        Map<Long, List<StoredFinding>> findings = tx(em -> new WeeklyScoreRepository(em).findingsOf(stored.stream().map(WeeklyScore::id).toList()));
        assertThat(findings.get(stored.get(0).id())).extracting(StoredFinding::ruleId).containsExactly("sleep");
        assertThat(findings.get(stored.get(1).id())).isNull();
        long more = tx(em -> {
            WeeklyScore next = score(ids[1], ids[0], week.next(), 70, ScoreStatus.AMBER, figures, List.of());
            em.persist(next);
            em.flush();
            return next.id();
        });
        assertThat(more).isNotIn(stored.get(0).id(), stored.get(1).id());
    }

    private static WeeklyScore score(long athlete, long club, IsoWeek week, int value, ScoreStatus status, WeeklyFigures figures,
                                     List<StoredFinding> findings) {
        WeeklyScore score = new WeeklyScore(athlete, club, week, "2026.1");
        score.record(value, status, false, figures, findings, AT);
        return score;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsEachPartitionsProgressAcrossARestart(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        tx(em -> {
            var progress = new ScoringProgressRepository(em);
            progress.start(7, 0, 1, 500, 500, AT);
            progress.start(7, 1, 501, 1000, 480, AT);
            progress.advance(7, 0, 160, 150, 140, AT);
            progress.skipped(7, 0, 199, AT);
            progress.advance(7, 0, 210, 200, 45, AT.plusSeconds(1));
            return null;
        });
        tx(em -> {
            new ScoringProgressRepository(em).start(7, 0, 1, 500, 500, AT.plusSeconds(5));
            return null;
        });
        List<ScoringProgressRepository.Progress> progress = tx(em -> new ScoringProgressRepository(em).of(7));
        assertThat(progress).containsExactly(
                new ScoringProgressRepository.Progress(0, 1, 500, 500, 200, 185, 1, AT.plusSeconds(1)),
                new ScoringProgressRepository.Progress(1, 501, 1000, 480, 0, 0, 0, AT));
        Optional<ScoringProgressRepository.ResumePoint> first = tx(em -> new ScoringProgressRepository(em).resumePoint(7, 0));
        Optional<ScoringProgressRepository.ResumePoint> second = tx(em -> new ScoringProgressRepository(em).resumePoint(7, 1));
        assertThat(first).contains(new ScoringProgressRepository.ResumePoint(210, 200));
        assertThat(second).isEmpty();
    }
}
