package app.loadwise.traininglog.importing;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import app.loadwise.traininglog.importing.internal.store.ColumnMappingRepository;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository;
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

    /** The import services of one entity manager, wired by hand as the container wires them. */
    public record Imports(ImportUploads uploads, ImportCommits commits, ImportReviews reviews, ImportMappings mappings,
                          ImportPipeline pipeline) {
    }

    /** Calls the import services in one transaction; an exception rolls it back. */
    public <T> T service(Function<Imports, T> call) {
        return tx(em -> call.apply(service(em)));
    }

    public Imports service(EntityManager em) {
        return service(em, CLOCK);
    }

    /** As {@link #service(EntityManager)}, on another clock (the club's "today" and the times recorded follow it). */
    public Imports service(EntityManager em, Clock clock) {
        ClubRepository clubs = new ClubRepository(em);
        AthleteRepository athletes = new AthleteRepository(em);
        ImportRecordRepository records = new ImportRecordRepository(em);
        ImportedLogRepository log = new ImportedLogRepository(em);
        ImportPipeline pipeline = new ImportPipeline(clubs, athletes, records, log, new ColumnMappingRepository(em), settings, clock);
        ImportUploads uploads = new ImportUploads();
        uploads.clubs = clubs;
        uploads.athletes = athletes;
        uploads.records = records;
        uploads.pipeline = pipeline;
        uploads.clock = clock;
        ImportCommits commits = new ImportCommits();
        commits.records = records;
        commits.log = log;
        commits.pipeline = pipeline;
        commits.clock = clock;
        ImportReviews reviews = new ImportReviews();
        reviews.records = records;
        reviews.log = log;
        reviews.wellness = new WellnessRepository(em);
        ImportMappings mappings = new ImportMappings();
        mappings.clubs = clubs;
        mappings.mappings = new ColumnMappingRepository(em);
        mappings.clock = clock;
        return new Imports(uploads, commits, reviews, mappings, pipeline);
    }

    /** The pipeline of one entity manager: the reader and writer small files and the batch job go through. */
    public ImportPipeline pipeline(EntityManager em) {
        return new ImportPipeline(new ClubRepository(em), new AthleteRepository(em), new ImportRecordRepository(em),
                new ImportedLogRepository(em), new ColumnMappingRepository(em), settings, CLOCK);
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
