package app.loadwise.server.schedule;

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
 * {@code loadwise.jobs.lease-timeout-seconds}), marks their imports failed, and then takes over what it marked
 * ({@link JobTakeover}): the scoring runs are restarted and the imports resumed from their checkpoints, here.
 * The same recovery runs once at start-up ({@link #recoverAtStartUp()}), so a single instance killed and started
 * again takes its own work over; the takeover itself waits for the first tick, as the timer does, so it never runs
 * while the application is still being deployed. No container lock: every step is safe to run twice at once (each
 * lost execution is marked by one conditional update, each takeover recorded once), and a locked singleton could
 * hold start-up waiting.
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

    @Inject
    JobTakeover takeover;

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
        takeOver();
    }

    /** The recovery at start-up, once the schema is current; the timer runs from then on. */
    public int recoverAtStartUp() {
        int recovered = recover();
        started.set(true);
        return recovered;
    }

    /** Restarts the scoring runs and resumes the imports this instance found lost; returns how many. */
    public int takeOver() {
        try {
            return takeover.takeOverMarkedLost();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Taking over job executions of instances that are gone failed", e);
            return 0;
        }
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
