package app.loadwise.domain.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts and restarts batch jobs under a lease held by this instance, and finds executions whose instance died:
 * the job repository still calls them running, but nobody runs them. Those are marked failed, so the import or
 * scoring run behind them can be resumed from its checkpoint, stopped or undone.
 */
@ApplicationScoped
public class JobExecutions {

    private static final Logger LOG = Logger.getLogger(JobExecutions.class.getName());
    private static final LongPredicate PROCESS_ALIVE = pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);

    @Inject
    JobOperator operator;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "loadwise.jobs.lease-timeout-seconds", defaultValue = "60")
    long leaseTimeoutSeconds;

    /** The executions this instance marked lost and has not handed on yet: it, and no other, takes them over. */
    private final Queue<RunningExecution> markedLost = new ConcurrentLinkedQueue<>();

    /** Starts a job and records this instance as its owner. Call it outside a transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long start(String job, Properties parameters) {
        long executionId = operator.start(job, parameters);
        lease(executionId, job);
        return executionId;
    }

    /** Restarts a stopped or failed execution from its last checkpoint under a new lease; returns the new execution. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long restart(long executionId, Properties parameters) {
        String job = operator.getJobExecution(executionId).getJobName();
        long restarted = operator.restart(executionId, parameters);
        lease(restarted, job);
        return restarted;
    }

    /** True while the execution runs somewhere; an execution whose instance died is marked failed first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean isRunning(long executionId) {
        return repositorySaysRunning(executionId) && !recoverLost().contains(executionId);
    }

    /**
     * The executions of these that run somewhere, after one sweep that marks those whose instance died as failed
     * (one query for all of them, not one per execution).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Set<Long> running(Collection<Long> executionIds) {
        List<Long> lost = recoverLost();
        return executionIds.stream().filter(id -> !lost.contains(id) && repositorySaysRunning(id))
                .collect(Collectors.toSet());
    }

    /**
     * The executions of a job that run on any instance of the cluster, oldest first, after one sweep that marks those
     * whose instance died as failed. Read from the shared job repository, not from this instance's batch runtime,
     * which knows only the executions it started itself.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Long> runningOf(String job) {
        List<Long> lost = recoverLost();
        return leases.running().stream()
                .filter(execution -> execution.jobName().equals(job) && !lost.contains(execution.executionId()))
                .map(RunningExecution::executionId)
                .sorted()
                .toList();
    }

    private boolean repositorySaysRunning(long executionId) {
        BatchStatus status;
        try {
            status = operator.getJobExecution(executionId).getBatchStatus();
        } catch (RuntimeException e) {
            return false;
        }
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /** True when a person asked the execution to stop (STOPPING): lost then, it is not taken over. */
    private boolean stopAsked(long executionId) {
        try {
            return operator.getJobExecution(executionId).getBatchStatus() == BatchStatus.STOPPING;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Marks every execution whose instance died as failed; returns their ids. Safe on every instance at once:
     * each execution is marked by one of them.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Long> recoverLost() {
        JobOwner me = JobOwner.current();
        Duration timeout = Duration.ofSeconds(leaseTimeoutSeconds);
        List<RunningExecution> lost = leases.running().stream()
                .filter(e -> e.isLost(me, clock.instant(), timeout, PROCESS_ALIVE))
                .toList();
        List<Long> recovered = new ArrayList<>();
        for (RunningExecution execution : lost) {
            boolean stopAsked = stopAsked(execution.executionId());
            if (leases.markLost(execution, clock.instant())) {
                LOG.warning(() -> "Job execution " + execution.executionId() + " (" + execution.jobName() + ") was left running by "
                        + (execution.owner() == null ? "an instance that recorded no lease" : "instance " + execution.owner())
                        + ", which is gone; it is marked failed and can be restarted from its checkpoint");
                recovered.add(execution.executionId());
                if (!stopAsked) {
                    markedLost.add(execution);
                }
            }
        }
        return recovered;
    }

    /**
     * The executions this instance marked lost since the last call (by any path: the recovery timer, a status check,
     * a stop or restart), each handed out once. Every lost execution is marked by exactly one instance, so the
     * instance that takes these over is the only one that does.
     */
    public List<RunningExecution> takeMarkedLost() {
        List<RunningExecution> taken = new ArrayList<>();
        for (RunningExecution execution = markedLost.poll(); execution != null; execution = markedLost.poll()) {
            taken.add(execution);
        }
        return taken;
    }

    /**
     * Records that this instance restarts a lost execution by itself; false when it was taken over already. The
     * subject names the run across its attempts (a scoring run's job instance, an import), for {@link #takeovers}.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean claimTakeover(RunningExecution lost, String subject) {
        try {
            return leases.takeOver(lost.executionId(), lost.jobName(), subject, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Job execution " + lost.executionId() + " was taken over by another instance", e);
            return false;
        }
    }

    /** How many times the run named by the subject was restarted automatically after its instance died. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long takeovers(String subject) {
        return leases.takeovers(subject);
    }

    /** Renews this instance's leases and forgets those of finished executions. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void heartbeat() {
        leases.renew(JobOwner.current(), clock.instant());
    }

    private void lease(long executionId, String job) {
        try {
            leases.insert(executionId, job, JobOwner.current(), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Job execution " + executionId + " (" + job + ") started, but its lease could not be recorded; "
                    + "it will be taken as lost " + leaseTimeoutSeconds + " s after it started", e);
        }
    }
}
