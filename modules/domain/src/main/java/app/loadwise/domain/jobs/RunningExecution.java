package app.loadwise.domain.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;

/**
 * A job execution the job repository calls running (starting, started or stopping), with its lease if it has one.
 *
 * @param owner        who started it; null when no lease was recorded (an older version, or a start whose lease
 *                     was never written)
 * @param heartbeatAt  when its owner last renewed the lease; null without a lease
 */
public record RunningExecution(long executionId, long instanceId, String jobName, Instant createdAt, JobOwner owner,
                               Instant heartbeatAt) {

    /**
     * True when nobody runs this execution any more: its owner is this process's earlier run, or a process on this
     * host that has exited, or its lease went unrenewed for longer than {@code timeout}. An execution without a
     * lease is taken as lost once it is older than {@code timeout}. An execution of this very run is never lost.
     */
    public boolean isLost(JobOwner me, Instant now, Duration timeout, LongPredicate processAlive) {
        if (owner == null) {
            return createdAt.plus(timeout).isBefore(now);
        }
        if (owner.sameRun(me)) {
            return false;
        }
        if (owner.sameHost(me)) {
            if (owner.pid() == me.pid() || !processAlive.test(owner.pid())) {
                return true;
            }
        }
        return heartbeatAt.plus(timeout).isBefore(now);
    }
}
