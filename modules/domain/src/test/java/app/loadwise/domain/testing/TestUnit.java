package app.loadwise.domain.testing;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;

/**
 * One persistence test's database: the persistence unit on a fresh migrated database, its transactions, and the
 * club and athletes most such tests start from.
 */
public final class TestUnit implements AutoCloseable {

    private final EntityManagerFactory emf;

    private TestUnit(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public static TestUnit fresh(TestDatabases.Kind kind) {
        return new TestUnit(TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind)));
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** See {@link TestDatabases#inTransaction}. */
    public <T> T tx(Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(emf, work);
    }

    /** A club in Europe/Berlin whose weeks start on Monday. */
    public long club(String name, Locale locale, Instant createdAt) {
        return tx(em -> new ClubRepository(em).store(new Club(name, ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, locale,
                createdAt)).id());
    }

    /** An intermediate female athlete born 1990, max HR 188, resting HR 52. */
    public long athlete(long clubId, String memberId, String name) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(clubId, memberId,
                new AthleteProfile(name, Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 188, 52, null))).id());
    }

    @Override
    public void close() {
        emf.close();
    }
}
