package app.loadwise.domain.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The transactions around {@link JobRepositoryTables}: each call commits on its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobLeases {

    @Inject
    JobRepositoryTables tables;

    public void insert(long executionId, String job, JobOwner owner, Instant now) {
        tables.insertLease(executionId, job, owner, now);
    }

    public void renew(JobOwner owner, Instant now) {
        tables.renewLeases(owner, now);
        tables.deleteFinishedLeases();
    }

    public List<RunningExecution> running() {
        return tables.runningExecutions();
    }

    public boolean markLost(RunningExecution execution, Instant now) {
        return tables.markLost(execution.executionId(), execution.instanceId(), now);
    }

    /** Claims the takeover of a lost execution for this instance; false when another instance has it. */
    public boolean takeOver(long executionId, String job, String subject, Instant now) {
        return tables.insertTakeover(executionId, job, subject, now);
    }

    /** How many times a run was taken over automatically. */
    public long takeovers(String subject) {
        return tables.takeovers(subject);
    }
}
