package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.TestSessions;
import app.loadwise.domain.training.TrainingLogRows;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The domain mapped onto real PostgreSQL and H2 through the production migrations. */
class DomainPersistenceIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-09T06:30:15.123456Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private void open(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
    }

    private <T> T tx(Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(emf, work);
    }

    private void run(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    private long newClub() {
        return tx(em -> new ClubRepository(em).store(
                new Club("Harriers", ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.GERMANY, NOW)).id());
    }

    private long newAthlete(long clubId, String memberId) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(clubId, memberId,
                new AthleteProfile("Runner " + memberId, Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 188, 52, null))).id());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storesAndReadsBackAClubWithItsInstantExact(Kind kind) {
        open(kind);
        long id = newClub();
        Club club = tx(em -> new ClubRepository(em).get(id));
        assertThat(club.name()).isEqualTo("Harriers");
        assertThat(club.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(club.locale()).isEqualTo(Locale.GERMANY);
        assertThat(club.createdAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(id).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rejectsASecondAthleteWithTheSameMemberIdInOneClub(Kind kind) {
        open(kind);
        long club = newClub();
        newAthlete(club, "M-1");
        assertThatThrownBy(() -> newAthlete(club, "M-1")).isInstanceOf(PersistenceException.class);
        long otherClub = newClub();
        assertThat(newAthlete(otherClub, "M-1")).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsEveryFieldOfASession(Kind kind) {
        open(kind);
        long athlete = newAthlete(newClub(), "M-1");
        SessionDetails details = new SessionDetails(MONDAY, LocalTime.of(18, 5), SessionType.INTERVALS, 52.5, 61.0, 10.2,
                8, 162, 184, 15, 45, 50, 25, true, "left Achilles", 4, 2, "6x800 on the track");
        long id = tx(em -> new TrainingSessionRepository(em).store(new TrainingSession(athlete, details, SessionSource.api())).id());
        TrainingSession stored = tx(em -> new TrainingSessionRepository(em).get(id));
        assertThat(stored.details()).isEqualTo(details);
        assertThat(stored.source().channel()).isEqualTo("api");
        assertThat(stored.naturalKey()).isEqualTo(athlete + "|2026-03-02|18:05");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pagesSessionsNewestFirstWithinADateRange(Kind kind) {
        open(kind);
        long athlete = newAthlete(newClub(), "M-1");
        run(em -> {
            var repo = new TrainingSessionRepository(em);
            for (int day = 0; day < 14; day++) {
                repo.store(new TrainingSession(athlete,
                        TestSessions.basic(MONDAY.plusDays(day), null, SessionType.EASY, 40.0, 3), SessionSource.api()));
            }
        });
        Page<TrainingSession> page = tx(em -> new TrainingSessionRepository(em).ofAthlete(athlete,
                DateRange.of(MONDAY.plusDays(2), MONDAY.plusDays(9)), new PageRequest(1, 3)));
        assertThat(page.total()).isEqualTo(8);
        assertThat(page.items()).extracting(TrainingSession::date)
                .containsExactly(MONDAY.plusDays(6), MONDAY.plusDays(5), MONDAY.plusDays(4));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void allowsOneWellnessEntryPerAthleteAndDay(Kind kind) {
        open(kind);
        long athlete = newAthlete(newClub(), "M-1");
        WellnessDetails day = new WellnessDetails(MONDAY, 7.5, 3, 51, 68.0, 2, 3, 2, 4, null);
        run(em -> new WellnessRepository(em).store(new WellnessEntry(athlete, day)));
        Optional<WellnessDetails> stored = tx(em -> new WellnessRepository(em).on(athlete, MONDAY).map(WellnessEntry::details));
        assertThat(stored).contains(day);
        assertThatThrownBy(() -> run(em -> new WellnessRepository(em).store(new WellnessEntry(athlete, day))))
                .isInstanceOf(PersistenceException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void replacesAWeeklyScoreAndItsFindingsInPlace(Kind kind) {
        open(kind);
        long club = newClub();
        long athlete = newAthlete(club, "M-1");
        IsoWeek week = IsoWeek.of(MONDAY);
        WeeklyFigures figures = new WeeklyFigures(new WeeklyFigures.Values(1800.0, 257.1, 230.0, 1.12, 1.15, 1.2, 1.4, 2520.0,
                40.0, 55.0, -15.0, 3.0, 5, 2, 1, 1, 1, 1.1, 6.8, 0.4, -0.2, 14.0, 7, "ready"));
        run(em -> {
            WeeklyScore score = new WeeklyScore(athlete, club, week, "2026.1");
            score.record(64, ScoreStatus.AMBER, false, figures, List.of(
                    new StoredFinding("buffer-day", "amber", "Hard days back to back", "Put an easy day between", "Tue, Wed", "expert opinion"),
                    new StoredFinding("sleep", "amber", "Short sleep", "Aim for 7-9 h", "6.8 h", "consensus")), NOW);
            em.persist(score);
        });
        run(em -> {
            WeeklyScore score = new WeeklyScoreRepository(em).find(athlete, week, "2026.1").orElseThrow();
            score.record(80, ScoreStatus.GREEN, false, figures, List.of(
                    new StoredFinding("strength", "info", "One strength session", "Add one", "1", "consensus")), NOW);
        });
        List<WeeklyScore> scores = tx(em -> new WeeklyScoreRepository(em).ofClub(club, week, "2026.1"));
        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.score()).isEqualTo(80);
            assertThat(s.status()).isEqualTo(ScoreStatus.GREEN);
            assertThat(s.findings()).extracting(StoredFinding::ruleId).containsExactly("strength");
            assertThat(s.figures().values()).isEqualTo(figures.values());
        });
        Map<Long, List<StoredFinding>> findings = tx(em -> new WeeklyScoreRepository(em).findingsOf(List.of(scores.get(0).id())));
        assertThat(findings.get(scores.get(0).id())).extracting(StoredFinding::ruleId, StoredFinding::advice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("strength", "Add one"));
        assertThatThrownBy(() -> run(em -> {
            em.persist(new WeeklyScore(athlete, club, week, "2026.1"));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAnAthleteRemovesTheirTrainingLog(Kind kind) {
        open(kind);
        long club = newClub();
        long athlete = newAthlete(club, "M-1");
        long other = newAthlete(club, "M-2");
        run(em -> {
            new TrainingSessionRepository(em).store(new TrainingSession(athlete,
                    TestSessions.basic(MONDAY, null, SessionType.EASY, 30.0, 3), SessionSource.api()));
            new TrainingSessionRepository(em).store(new TrainingSession(other,
                    TestSessions.basic(MONDAY, null, SessionType.EASY, 30.0, 3), SessionSource.api()));
            new WellnessRepository(em).store(new WellnessEntry(athlete, new WellnessDetails(MONDAY, 8.0, null, null, null, null, null, null, null, null)));
        });
        run(em -> em.remove(new AthleteRepository(em).get(athlete)));
        List<SessionRow> left = tx(em -> new TrainingLogRows(em).sessions(List.of(athlete, other), MONDAY, MONDAY));
        assertThat(left).extracting(SessionRow::athleteId).containsExactly(other);
        Optional<WellnessEntry> wellness = tx(em -> new WellnessRepository(em).on(athlete, MONDAY));
        assertThat(wellness).isEmpty();
        Optional<Athlete> gone = tx(em -> new AthleteRepository(em).find(athlete));
        assertThat(gone).isEmpty();
    }
}
