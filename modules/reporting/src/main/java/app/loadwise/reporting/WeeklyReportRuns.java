package app.loadwise.reporting;

import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.jobs.JobExecutions;
import app.loadwise.recovery.NightlyClaims;
import app.loadwise.reporting.internal.WeeklyReportParameters;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the {@code weekly-report} job, by hand or from the hourly schedule. Every instance fires each hour; the
 * (job, hour) claim lets exactly one of them start the run.
 */
@ApplicationScoped
public class WeeklyReportRuns {

    public static final String JOB = "weekly-report";
    private static final Logger LOG = Logger.getLogger(WeeklyReportRuns.class.getName());

    @Inject
    JobOperator jobs;

    @Inject
    JobExecutions executions;

    @Inject
    NightlyClaims claims;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "loadwise.report.weekly.day", defaultValue = "MONDAY")
    String day;

    @Inject
    @ConfigProperty(name = "loadwise.report.weekly.time", defaultValue = "06:00")
    String time;

    /** Starts a run as of {@code at} (default now); answers its execution id. */
    public long start(String at) {
        String instant = at == null || at.isBlank() ? clock.instant().toString() : at;
        return executions.start(JOB, WeeklyReportParameters.parse(instant, day, time).asJobParameters());
    }

    /** Claims the current UTC hour for this instance and starts a run; empty when another instance has it. */
    public Optional<Long> claimAndStart(String instance) {
        LocalDateTime hour = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        String job = JOB + "@" + String.format("%02d", hour.getHour());
        if (claims.isClaimed(job, hour.toLocalDate())) {
            return Optional.empty();
        }
        try {
            claims.insert(job, hour.toLocalDate(), instance, clock.instant());
        } catch (RuntimeException lost) {
            if (claims.isClaimed(job, hour.toLocalDate())) {
                return Optional.empty();
            }
            throw lost;
        }
        long executionId = start(null);
        claims.attach(job, hour.toLocalDate(), executionId);
        LOG.fine(() -> "Weekly report run for " + hour + " UTC started on " + instance + " as " + executionId);
        return Optional.of(executionId);
    }

    /** A run's status (STARTING, STARTED, COMPLETED, FAILED, ...), with its start and end. */
    public RunView status(long executionId) {
        try {
            JobExecution execution = jobs.getJobExecution(executionId);
            if (!JOB.equals(execution.getJobName())) {
                throw new NotFoundException("weekly report run", executionId);
            }
            return new RunView(executionId, execution.getBatchStatus().name(),
                    execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                    execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                    execution.getJobParameters() == null ? null : execution.getJobParameters().getProperty("at"));
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("weekly report run", executionId);
        }
    }

    /** A weekly report run. */
    public record RunView(long executionId, String status, Instant startedAt, Instant endedAt, String at) {
    }
}
