package app.loadwise.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.jobs.JobExecutions;
import app.loadwise.domain.jobs.JobOwner;
import app.loadwise.domain.jobs.JobRepositoryTables;
import app.loadwise.domain.jobs.RunningExecution;
import app.loadwise.recovery.ScoringRuns;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which lost scoring runs this instance restarts by itself, and how often. */
class JobTakeoverTest {

    private static final long JOB_INSTANCE = 40;

    private final FakeExecutions executions = new FakeExecutions();
    private final List<Long> restarted = new ArrayList<>();
    private final Map<Long, String> attempts = new HashMap<>();
    private JobTakeover takeover;

    @BeforeEach
    void wire() {
        takeover = new JobTakeover();
        takeover.executions = executions;
        takeover.autoRestarts = 3;
        takeover.operator = operator();
        takeover.scoringRuns = new ScoringRuns() {
            @Override
            public long restart(long executionId) {
                restarted.add(executionId);
                return 1000 + executionId;
            }
        };
    }

    @Test
    void restartsALostRunFromItsCheckpointOnceAndRecordsTheTakeover() {
        attempts.put(7L, JobRepositoryTables.LOST_EXIT_STATUS);
        executions.lost.add(lost(7));

        assertThat(takeover.takeOverMarkedLost()).isEqualTo(1);
        assertThat(takeover.takeOverMarkedLost()).as("handed out once").isZero();

        assertThat(restarted).containsExactly(7L);
        assertThat(executions.claims).containsEntry(7L, "nightly-scoring:" + JOB_INSTANCE);
    }

    @Test
    void leavesARunThatWasTakenOverAsOftenAsAllowedFailedForAPerson() {
        attempts.put(7L, JobRepositoryTables.LOST_EXIT_STATUS);
        executions.takeoversSoFar = 3;
        executions.lost.add(lost(7));

        assertThat(takeover.takeOverMarkedLost()).isZero();

        assertThat(restarted).isEmpty();
        assertThat(executions.claims).isEmpty();
    }

    @Test
    void leavesARunAloneThatWasRestartedByHandMeanwhile() {
        attempts.put(7L, JobRepositoryTables.LOST_EXIT_STATUS);
        attempts.put(9L, "COMPLETED");
        executions.lost.add(lost(7));

        assertThat(takeover.takeOverMarkedLost()).isZero();

        assertThat(restarted).isEmpty();
    }

    @Test
    void waitsForARunStartedMeanwhileToEndBeforeRestartingTheLostOne() {
        attempts.put(7L, JobRepositoryTables.LOST_EXIT_STATUS);
        executions.lost.add(lost(7));
        executions.running = List.of(12L);

        assertThat(takeover.takeOverMarkedLost()).isZero();
        assertThat(restarted).isEmpty();

        executions.running = List.of();
        assertThat(takeover.takeOverMarkedLost()).isEqualTo(1);
        assertThat(restarted).containsExactly(7L);
    }

    @Test
    void leavesJobsOtherThanScoringRunsAndImportsAlone() {
        executions.lost.add(new RunningExecution(5, 3, "weekly-report", Instant.EPOCH, null, null));

        assertThat(takeover.takeOverMarkedLost()).isZero();
        assertThat(executions.claims).isEmpty();
    }

    private static RunningExecution lost(long executionId) {
        return new RunningExecution(executionId, JOB_INSTANCE, ScoringRuns.JOB, Instant.EPOCH,
                new JobOwner("instance-a.example", 4242, "run-a"), Instant.EPOCH);
    }

    private JobOperator operator() {
        JobInstance instance = proxy(JobInstance.class, Map.of("getInstanceId", JOB_INSTANCE, "getJobName", ScoringRuns.JOB));
        return (JobOperator) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobOperator.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getJobInstance" -> instance;
                    case "getJobExecutions" -> attempts.entrySet().stream()
                            .map(a -> proxy(JobExecution.class, Map.of("getExecutionId", a.getKey(), "getExitStatus", a.getValue())))
                            .toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(JobTakeoverTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                }));
    }

    /** The job repository and leases as this instance sees them. */
    private static final class FakeExecutions extends JobExecutions {
        final List<RunningExecution> lost = new ArrayList<>();
        final Map<Long, String> claims = new HashMap<>();
        long takeoversSoFar;
        List<Long> running = List.of();

        @Override
        public List<RunningExecution> takeMarkedLost() {
            List<RunningExecution> taken = new ArrayList<>(lost);
            lost.clear();
            return taken;
        }

        @Override
        public long takeovers(String subject) {
            return takeoversSoFar;
        }

        @Override
        public boolean claimTakeover(RunningExecution execution, String subject) {
            return claims.putIfAbsent(execution.executionId(), subject) == null;
        }

        @Override
        public List<Long> runningOf(String job) {
            return running;
        }
    }
}
