package app.loadwise.recovery.internal.store;

import app.loadwise.domain.common.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Claims on scheduled runs: one row per job and date. The primary key makes the claim atomic across a
 * cluster; the instance whose insert succeeds starts the run, the others find the row and stand down.
 */
@ApplicationScoped
public class JobClaimRepository {

    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected JobClaimRepository() {
    }

    public JobClaimRepository(EntityManager em) {
        this.em = em;
    }

    public boolean isClaimed(String jobName, LocalDate runDate) {
        return !em.createNativeQuery("SELECT 1 FROM job_claim WHERE job_name = ?1 AND run_date = ?2")
                .setParameter(1, jobName).setParameter(2, runDate).getResultList().isEmpty();
    }

    /**
     * Inserts the claim. Fails with a persistence exception when another instance holds it; call it in a
     * transaction of its own and check {@link #isClaimed} after a failure.
     */
    public void insertClaim(String jobName, LocalDate runDate, String instance, Instant at) {
        em.createNativeQuery("INSERT INTO job_claim (job_name, run_date, instance, claimed_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, jobName).setParameter(2, runDate).setParameter(3, instance)
                .setParameter(4, INSTANTS.convertToDatabaseColumn(at))
                .executeUpdate();
    }

    public void attachExecution(String jobName, LocalDate runDate, long executionId) {
        em.createNativeQuery("UPDATE job_claim SET execution_id = ?1 WHERE job_name = ?2 AND run_date = ?3")
                .setParameter(1, executionId).setParameter(2, jobName).setParameter(3, runDate)
                .executeUpdate();
    }
}
