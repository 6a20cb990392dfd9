package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteErasure;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.plan.PlannedSession;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.plan.PlannedSessionRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.SessionType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Planned sessions on real PostgreSQL and H2: stored, listed by week, replaced, kept apart per athlete, erased. */
class PlanPersistenceIT {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate MON = LocalDate.of(2026, 11, 30);
    private static final LocalDate SUN = MON.plusDays(6);

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

    private long club(String name) {
        return tx(em -> new ClubRepository(em).store(new Club(name, ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.UK, AT)).id());
    }

    private long athlete(long club, String memberId) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(club, memberId,
                new AthleteProfile(memberId, Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 190, 50, null))).id());
    }

    private static PlannedSessionDetails plan(LocalDate date, SessionType type, Double minutes, Integer rpe) {
        return new PlannedSessionDetails(date, type, minutes, rpe, null, null);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storesEveryValueAndListsAWeekByDateThenAsEntered(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long ada = athlete(club("C"), "A-1");
        tx(em -> {
            PlannedSessionRepository repo = new PlannedSessionRepository(em);
            repo.store(new PlannedSession(ada, new PlannedSessionDetails(MON.plusDays(1), SessionType.INTERVALS, 50.0, 8, 9.5,
                    "6 x 800 m"), PlannedSession.Source.API));
            repo.store(new PlannedSession(ada, plan(MON, SessionType.EASY, 40.0, 3), PlannedSession.Source.API));
            repo.store(new PlannedSession(ada, plan(MON, SessionType.STRENGTH, 30.0, 5), PlannedSession.Source.IMPORT));
            repo.store(new PlannedSession(ada, plan(SUN.plusDays(1), SessionType.LONG, 100.0, 4), PlannedSession.Source.API));
            return null;
        });

        List<PlannedSession> week = tx(em -> new PlannedSessionRepository(em).ofAthlete(ada, MON, SUN));

        assertThat(week).extracting(PlannedSession::type)
                .containsExactly(SessionType.EASY, SessionType.STRENGTH, SessionType.INTERVALS);
        assertThat(week.get(2).details()).isEqualTo(new PlannedSessionDetails(MON.plusDays(1), SessionType.INTERVALS, 50.0, 8,
                9.5, "6 x 800 m"));
        assertThat(week.get(1).source()).isEqualTo(PlannedSession.Source.IMPORT);
        long onMonday = tx(em -> new PlannedSessionRepository(em).countOn(ada, MON));
        assertThat(onMonday).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void replacingAWeekLeavesOtherWeeksAndOtherAthletesAlone(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club("C");
        long ada = athlete(club, "A-1");
        long bea = athlete(club, "B-1");
        tx(em -> {
            PlannedSessionRepository repo = new PlannedSessionRepository(em);
            repo.replace(ada, MON, SUN, List.of(plan(MON, SessionType.EASY, 40.0, 3), plan(MON.plusDays(2), SessionType.TEMPO, 45.0, 6)),
                    PlannedSession.Source.API);
            repo.replace(ada, MON.plusDays(7), SUN.plusDays(7), List.of(plan(MON.plusDays(7), SessionType.EASY, 40.0, 3)),
                    PlannedSession.Source.API);
            repo.replace(bea, MON, SUN, List.of(plan(MON, SessionType.HILLS, 40.0, 7)), PlannedSession.Source.API);
            return null;
        });

        List<PlannedSession> replaced = tx(em -> new PlannedSessionRepository(em).replace(ada, MON, SUN,
                List.of(plan(SUN, SessionType.LONG, 90.0, 4), plan(MON.plusDays(1), SessionType.REST, null, null)),
                PlannedSession.Source.IMPORT));

        assertThat(replaced).extracting(PlannedSession::date).containsExactly(MON.plusDays(1), SUN);
        List<PlannedSession> adaThisWeek = tx(em -> new PlannedSessionRepository(em).ofAthlete(ada, MON, SUN));
        List<PlannedSession> adaNextWeek = tx(em -> new PlannedSessionRepository(em).ofAthlete(ada, MON.plusDays(7), SUN.plusDays(7)));
        List<PlannedSession> beaThisWeek = tx(em -> new PlannedSessionRepository(em).ofAthlete(bea, MON, SUN));
        assertThat(adaThisWeek).extracting(PlannedSession::type).containsExactly(SessionType.REST, SessionType.LONG);
        assertThat(adaNextWeek).hasSize(1);
        assertThat(beaThisWeek).extracting(PlannedSession::type).containsExactly(SessionType.HILLS);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClubsPlansAreReadInOneQueryAndNoOtherClubs(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long ours = club("Ours");
        long ada = athlete(ours, "A-1");
        long bea = athlete(ours, "B-1");
        long theirs = athlete(club("Theirs"), "T-1");
        tx(em -> {
            PlannedSessionRepository repo = new PlannedSessionRepository(em);
            repo.replace(bea, MON, SUN, List.of(plan(MON, SessionType.EASY, 30.0, 2)), PlannedSession.Source.API);
            repo.replace(ada, MON, SUN, List.of(plan(MON.plusDays(3), SessionType.TEMPO, 45.0, 6)), PlannedSession.Source.API);
            repo.replace(theirs, MON, SUN, List.of(plan(MON, SessionType.EASY, 30.0, 2)), PlannedSession.Source.API);
            return null;
        });

        List<PlannedSession> club = tx(em -> new PlannedSessionRepository(em).ofClub(ours, MON, SUN));

        assertThat(club).extracting(PlannedSession::athleteId).containsExactly(ada, bea);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPlannedSessionOfAnotherAthleteIsNotFoundAndErasureRemovesThePlan(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club("C");
        long ada = athlete(club, "A-1");
        long bea = athlete(club, "B-1");
        long id = tx(em -> new PlannedSessionRepository(em).store(
                new PlannedSession(ada, plan(MON, SessionType.EASY, 40.0, 3), PlannedSession.Source.API)).id());

        assertThatThrownBy(() -> tx(em -> new PlannedSessionRepository(em).get(bea, id))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("planned session " + id + " of athlete " + bea);
        var removed = tx(em -> new AthleteErasure(em).erase(ada));

        assertThat(removed).containsEntry("plannedSessions", 1L);
        Object left = tx(em -> em.createNativeQuery("SELECT COUNT(*) FROM planned_session").getSingleResult());
        assertThat(((Number) left).longValue()).isZero();
    }
}
