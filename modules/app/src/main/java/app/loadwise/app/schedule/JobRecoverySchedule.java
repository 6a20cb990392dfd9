package app.loadwise.app.schedule;

import app.loadwise.domain.jobs.JobExecutions;
import app.loadwise.traininglog.importing.ImportLauncher;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds, on every instance: renews the leases of the batch jobs this instance runs, marks failed the
 * executions whose instance died (a process gone on this host, or a lease not renewed for
 * {@code loadwise.jobs.lease-timeout-seconds}), and marks their imports failed so they can be resumed or undone.
 * The same recovery runs once at start-up ({@link #recoverAtStartUp()}); the timer waits for it, so it never runs
 * while the application is still being deployed. No container lock: every step is safe to run twice at once (each
 * lost execution is marked by one conditional update), and a locked singleton could hold start-up waiting.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRecoverySchedule {

    private final AtomicBoolean started = new AtomicBoolean();

    private static final Logger LOG = Logger.getLogger(JobRecoverySchedule.class.getName());

    @Inject
    JobExecutions executions;

    @Inject
    ImportLauncher imports;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void everyFewSeconds() {
        if (!started.get()) {
            return;
        }
        try {
            executions.heartbeat();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing the leases of this instance's batch jobs failed", e);
        }
        recover();
    }

    /** The recovery at start-up, once the schema is current; the timer runs from then on. */
    public int recoverAtStartUp() {
        int recovered = recover();
        started.set(true);
        return recovered;
    }

    /** Marks lost job executions and their imports failed; returns how many executions were recovered. */
    public int recover() {
        try {
            List<Long> lost = executions.recoverLost();
            List<Long> interrupted = imports.recoverInterrupted();
            if (!lost.isEmpty() || !interrupted.isEmpty()) {
                LOG.warning(() -> "Recovered job executions " + lost + " and imports " + interrupted
                        + " left running by instances that are gone");
            }
            return lost.size();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recovering job executions of instances that are gone failed", e);
            return 0;
        }
    }
}
