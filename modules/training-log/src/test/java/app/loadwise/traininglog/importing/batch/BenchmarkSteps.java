package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.ImportHarness;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.UploadRequest;
import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The import as the benchmark drives it outside the container: the check through the service in one transaction,
 * the commit through the batch job's reader and writer, one transaction per chunk of 1,000 rows.
 */
public final class BenchmarkSteps {

    /** Rows per chunk and transaction: the app's default unless {@code -Dimport.benchmark.chunk} says otherwise. */
    private static final int CHUNK = Integer.getInteger("import.benchmark.chunk", ImportSettings.DEFAULT_CHUNK_ROWS);

    private final EntityManagerFactory emf;
    private final ImportHarness harness;
    private final List<Long> athleteIds = new ArrayList<>();

    public BenchmarkSteps(EntityManagerFactory emf, Path uploads) {
        this.emf = emf;
        this.harness = new ImportHarness(emf, new ImportSettings(uploads, 1L << 30, 2_000_000, 512, Long.MAX_VALUE, CHUNK));
    }

    /** A club with athletes B-001 … B-nnn; returns the club id. */
    public long clubWithAthletes(int count) {
        long club = harness.club(Locale.UK);
        for (int i = 1; i <= count; i++) {
            athleteIds.add(harness.athlete(club, String.format("B-%03d", i), "Runner " + i));
        }
        return club;
    }

    public List<Long> athleteIds() {
        return athleteIds;
    }

    /** Uploads and checks the file (the dry run); returns the import id. */
    public long check(long club, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ImportView view = harness.service(s -> s.uploads().upload(new UploadRequest(club, null, file.getFileName().toString(), false, "bench"), in));
            if (view.counts().invalid() > 0 || view.status() != ImportView.Status.VALIDATED) {
                throw new IllegalStateException("check failed: " + view);
            }
            return view.id();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Commits the import chunk by chunk, as the batch job does. */
    public void commit(long importId) {
        harness.tx(em -> {
            ImportRecordRepository records = new ImportRecordRepository(em);
            ImportRecord record = records.get(importId);
            record.startCommit(false);
            return records.store(record);
        });
        EntityManager em = emf.createEntityManager();
        try {
            ImportPipeline service = harness.pipeline(em);
            ImportRowReader reader = ImportJobArtifacts.reader(em, service, importId, 1L);
            ImportRowWriter writer = ImportJobArtifacts.commitWriter(em, service, importId);
            em.getTransaction().begin();
            reader.open(null);
            em.getTransaction().commit();
            List<Object> items = new ArrayList<>(CHUNK);
            while (true) {
                em.getTransaction().begin();
                Object item;
                while (items.size() < CHUNK && (item = reader.readItem()) != null) {
                    items.add(item);
                }
                if (!items.isEmpty()) {
                    writer.writeItems(items);
                }
                reader.checkpointInfo();
                em.getTransaction().commit();
                em.clear();
                if (items.size() < CHUNK) {
                    break;
                }
                items.clear();
            }
            reader.close();
            em.getTransaction().begin();
            new ImportJobRecords(new ImportRecordRepository(em), ImportHarness.CLOCK).finish(importId, ImportJobs.Mode.COMMIT);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** Empties the session table and, on PostgreSQL, vacuums it, so every pass starts from the same table. */
    public void clearSessions(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        harness.tx(em -> em.createNativeQuery("DELETE FROM training_session").executeUpdate());
        try (java.sql.Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                connection.setAutoCommit(true);
                try (java.sql.Statement vacuum = connection.createStatement()) {
                    vacuum.execute("VACUUM ANALYZE training_session");
                    // each timed pass starts without the previous pass's checkpoint still to write
                    vacuum.execute("CHECKPOINT");
                }
            }
        }
    }

    public void verifyCount(long expected) {
        long stored = harness.tx(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM training_session").getSingleResult()).longValue());
        if (stored != expected) {
            throw new IllegalStateException("expected " + expected + " sessions, found " + stored);
        }
    }
}
