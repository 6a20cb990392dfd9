package app.loadwise.domain.jobs;

import app.loadwise.domain.common.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The leases of job executions ({@code job_lease}) and the few changes Loadwise makes to the Jakarta Batch job
 * repository, which Payara keeps in the application's database ({@code jbatch*} tables, created on first use).
 * Jakarta Batch has no call to fail an execution whose instance died, so it is done here, in SQL.
 */
@ApplicationScoped
public class JobRepositoryTables {

    /** The exit status of an execution marked failed because its instance died. */
    public static final String LOST_EXIT_STATUS = "INSTANCE_LOST";

    private static final InstantConverter INSTANTS = new InstantConverter();
    private static final String ACTIVE = "('STARTING', 'STARTED', 'STOPPING')";

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected JobRepositoryTables() {
    }

    public JobRepositoryTables(EntityManager em) {
        this.em = em;
    }

    public void insertLease(long executionId, String jobName, JobOwner owner, Instant now) {
        em.createNativeQuery("INSERT INTO job_lease (execution_id, job_name, owner_host, owner_pid, owner_run, started_at, heartbeat_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)")
                .setParameter(1, executionId).setParameter(2, jobName).setParameter(3, owner.host())
                .setParameter(4, owner.pid()).setParameter(5, owner.run()).setParameter(6, INSTANTS.convertToDatabaseColumn(now))
                .executeUpdate();
    }

    /** Renews every lease of this run; returns how many. */
    public int renewLeases(JobOwner owner, Instant now) {
        return em.createNativeQuery("UPDATE job_lease SET heartbeat_at = ?1 WHERE owner_run = ?2")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(now)).setParameter(2, owner.run())
                .executeUpdate();
    }

    /** Forgets the leases of executions that are no longer running. */
    public int deleteFinishedLeases() {
        if (!jobRepositoryExists()) {
            return 0;
        }
        return em.createNativeQuery("DELETE FROM job_lease WHERE NOT EXISTS (SELECT 1 FROM jbatchexecutioninstancedata e "
                        + "WHERE e.jobexecid = job_lease.execution_id AND e.batchstatus IN " + ACTIVE + ")")
                .executeUpdate();
    }

    /** Whether Payara has created the job repository yet (it does so when the first job runs). */
    public boolean jobRepositoryExists() {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE UPPER(table_name) = 'JBATCHEXECUTIONINSTANCEDATA'").getSingleResult();
        return count.longValue() > 0;
    }

    /** Top-level executions (not partitions) the job repository calls running, with their leases. */
    public List<RunningExecution> runningExecutions() {
        if (!jobRepositoryExists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("SELECT e.jobexecid, e.jobinstanceid, i.name, e.createtime, l.owner_host, l.owner_pid, "
                        + "l.owner_run, l.heartbeat_at FROM jbatchexecutioninstancedata e "
                        + "JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid "
                        + "LEFT JOIN job_lease l ON l.execution_id = e.jobexecid "
                        + "WHERE e.batchstatus IN " + ACTIVE + " AND i.name NOT LIKE ':%' ORDER BY e.jobexecid")
                .getResultList();
        List<RunningExecution> running = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            JobOwner owner = r[4] == null ? null : new JobOwner((String) r[4], ((Number) r[5]).longValue(), (String) r[6]);
            running.add(new RunningExecution(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    InstantConverter.fromColumn(r[3]), owner, r[7] == null ? null : InstantConverter.fromColumn(r[7])));
        }
        return running;
    }

    /**
     * Marks a running execution failed, with its steps and its partitions, so that Jakarta Batch can restart it
     * from its last checkpoint. A step that never got past starting is forgotten, so a restart plans it afresh.
     * Returns false when the execution was no longer running (another instance got there first, or it ended).
     */
    public boolean markLost(long executionId, long instanceId, Instant now) {
        Timestamp at = Timestamp.from(now);
        int changed = em.createNativeQuery("UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1, "
                        + "endtime = ?2, updatetime = ?2 WHERE jobexecid = ?3 AND batchstatus IN " + ACTIVE)
                .setParameter(1, LOST_EXIT_STATUS).setParameter(2, at).setParameter(3, executionId)
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        failSteps(executionId, at);
        // Partitions run as sub-jobs named ":<job instance id>:<step>:<partition>".
        String partitions = "SELECT e.jobexecid FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata i "
                + "ON i.jobinstanceid = e.jobinstanceid WHERE i.name LIKE ?1 AND e.batchstatus IN " + ACTIVE;
        List<?> partitionExecutions = em.createNativeQuery(partitions).setParameter(1, ":" + instanceId + ":%").getResultList();
        for (Object partition : partitionExecutions) {
            long id = ((Number) partition).longValue();
            em.createNativeQuery("UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1, endtime = ?2, "
                            + "updatetime = ?2 WHERE jobexecid = ?3")
                    .setParameter(1, LOST_EXIT_STATUS).setParameter(2, at).setParameter(3, id).executeUpdate();
            failSteps(id, at);
        }
        em.createNativeQuery("DELETE FROM job_lease WHERE execution_id = ?1").setParameter(1, executionId).executeUpdate();
        return true;
    }

    /**
     * Records that this instance takes a lost execution over; false when it had been taken over already (the primary
     * key lets one instance win).
     */
    public boolean insertTakeover(long executionId, String jobName, String subject, Instant now) {
        int inserted = em.createNativeQuery("INSERT INTO job_takeover (execution_id, job_name, subject, taken_over_at) "
                        + "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM job_takeover WHERE execution_id = ?1)")
                .setParameter(1, executionId).setParameter(2, jobName).setParameter(3, subject)
                .setParameter(4, INSTANTS.convertToDatabaseColumn(now))
                .executeUpdate();
        return inserted == 1;
    }

    /** How many times a run (a scoring run's job instance, an import) was taken over automatically. */
    public long takeovers(String subject) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_takeover WHERE subject = ?1")
                .setParameter(1, subject).getSingleResult()).longValue();
    }

    private void failSteps(long executionId, Timestamp at) {
        em.createNativeQuery("DELETE FROM jbatchstepstatus WHERE id IN (SELECT stepexecid FROM jbatchstepexecutioninstancedata "
                        + "WHERE jobexecid = ?1 AND batchstatus = 'STARTING')")
                .setParameter(1, executionId).executeUpdate();
        em.createNativeQuery("DELETE FROM jbatchstepexecutioninstancedata WHERE jobexecid = ?1 AND batchstatus = 'STARTING'")
                .setParameter(1, executionId).executeUpdate();
        em.createNativeQuery("UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1, endtime = ?2 "
                        + "WHERE jobexecid = ?3 AND batchstatus IN " + ACTIVE)
                .setParameter(1, LOST_EXIT_STATUS).setParameter(2, at).setParameter(3, executionId).executeUpdate();
    }
}
