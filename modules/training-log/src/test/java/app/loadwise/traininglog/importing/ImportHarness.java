package app.loadwise.traininglog.importing;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.importing.ColumnMappingRepository;
import app.loadwise.domain.importing.ImportRecordRepository;
import app.loadwise.domain.importing.ImportedLogRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;

/** The import service on a real database outside the container, one transaction per call as in the container. */
public final class ImportHarness implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T06:30:00Z"), ZoneOffset.UTC);

    private final EntityManagerFactory emf;
    private final ImportSettings settings;

    public ImportHarness(TestDatabases.Kind kind, Path directory, long syncMaxBytes) {
        this(TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind)),
                new ImportSettings(directory, 20L * 1024 * 1024, 1_048_576, 512, syncMaxBytes, 100));
    }

    public ImportHarness(EntityManagerFactory emf, ImportSettings settings) {
        this.emf = emf;
        this.settings = settings;
    }

    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Calls the service in one transaction; an exception rolls it back. */
    public <T> T service(Function<ImportService, T> call) {
        return tx(em -> call.apply(service(em)));
    }

    public ImportService service(EntityManager em) {
        ImportService service = new ImportService();
        service.clubs = new ClubRepository(em);
        service.athletes = new AthleteRepository(em);
        service.records = new ImportRecordRepository(em);
        service.log = new ImportedLogRepository(em);
        service.mappings = new ColumnMappingRepository(em);
        service.wellness = new WellnessRepository(em);
        service.settings = settings;
        service.clock = CLOCK;
        return service;
    }

    /** An entity manager the caller runs several transactions on, as a batch step does chunk by chunk. */
    public EntityManager entityManager() {
        return emf.createEntityManager();
    }

    public long club(Locale locale) {
        return tx(em -> new ClubRepository(em).store(new Club("Lakeside " + System.nanoTime(), ZoneId.of("Europe/Berlin"),
                DayOfWeek.MONDAY, locale, CLOCK.instant())).id());
    }

    public long athlete(long club, String memberId, String name) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(club, memberId,
                new AthleteProfile(name, Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 188, 50, null))).id());
    }

    @Override
    public void close() {
        emf.close();
    }
}
