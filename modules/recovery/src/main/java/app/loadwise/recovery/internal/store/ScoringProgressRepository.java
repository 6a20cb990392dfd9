package app.loadwise.recovery.internal.store;

import app.loadwise.domain.common.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How far each partition of a scoring run has come; kept per job instance so a restart continues the count. */
@ApplicationScoped
public class ScoringProgressRepository {

    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ScoringProgressRepository() {
    }

    public ScoringProgressRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * One partition's progress: athletes in its id range, how many are done (read and committed), how many
     * were scored and written, and how many skipped. Updated in each chunk's transaction, so the counts are
     * exact across stops and restarts.
     */
    public record Progress(int partition, long firstAthleteId, long lastAthleteId, int total, int done, int written,
                           int skipped, Instant updatedAt) {
    }

    /** Registers a partition unless a first attempt of the same run already did. */
    public void start(long jobInstanceId, int partition, long firstAthleteId, long lastAthleteId, int total, Instant at) {
        boolean known = !em.createNativeQuery(
                        "SELECT 1 FROM scoring_progress WHERE job_instance_id = ?1 AND partition_no = ?2")
                .setParameter(1, jobInstanceId).setParameter(2, partition).getResultList().isEmpty();
        if (!known) {
            em.createNativeQuery("INSERT INTO scoring_progress (job_instance_id, partition_no, first_athlete, last_athlete,"
                            + " total, done, written, skipped, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 0, 0, 0, ?6)")
                    .setParameter(1, jobInstanceId).setParameter(2, partition).setParameter(3, firstAthleteId)
                    .setParameter(4, lastAthleteId).setParameter(5, total).setParameter(6, INSTANTS.convertToDatabaseColumn(at))
                    .executeUpdate();
        }
    }

    /**
     * Records a chunk: the athletes done so far in the partition, the last of them, and how many more were written.
     * Called in the chunk's transaction, so it is the partition's checkpoint too.
     */
    public void advance(long jobInstanceId, int partition, long afterAthleteId, int done, int moreWritten, Instant at) {
        em.createNativeQuery("UPDATE scoring_progress SET done = ?1, written = written + ?2, updated_at = ?3, after_athlete = ?6"
                        + " WHERE job_instance_id = ?4 AND partition_no = ?5")
                .setParameter(1, done).setParameter(2, moreWritten).setParameter(3, INSTANTS.convertToDatabaseColumn(at))
                .setParameter(4, jobInstanceId).setParameter(5, partition).setParameter(6, afterAthleteId)
                .executeUpdate();
    }

    /** Where a partition stands after its last committed chunk: the last athlete done, and how many were done. */
    public record ResumePoint(long afterAthleteId, int done) {
    }

    /** The partition's last committed chunk, if it committed any. */
    public Optional<ResumePoint> resumePoint(long jobInstanceId, int partition) {
        List<?> rows = em.createNativeQuery("SELECT after_athlete, done FROM scoring_progress"
                        + " WHERE job_instance_id = ?1 AND partition_no = ?2 AND after_athlete IS NOT NULL")
                .setParameter(1, jobInstanceId).setParameter(2, partition).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new ResumePoint(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        });
    }

    /** Counts one skipped athlete in the partition, with the athletes done so far (a chunk of skips writes nothing). */
    public void skipped(long jobInstanceId, int partition, int done, Instant at) {
        em.createNativeQuery("UPDATE scoring_progress SET skipped = skipped + 1, done = ?1, updated_at = ?2"
                        + " WHERE job_instance_id = ?3 AND partition_no = ?4")
                .setParameter(1, done).setParameter(2, INSTANTS.convertToDatabaseColumn(at))
                .setParameter(3, jobInstanceId).setParameter(4, partition)
                .executeUpdate();
    }

    public List<Progress> of(long jobInstanceId) {
        List<?> rows = em.createNativeQuery("SELECT partition_no, first_athlete, last_athlete, total, done, written, skipped, updated_at"
                        + " FROM scoring_progress WHERE job_instance_id = ?1 ORDER BY partition_no")
                .setParameter(1, jobInstanceId).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Progress(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(), InstantConverter.fromColumn(r[7]));
        }).toList();
    }
}
