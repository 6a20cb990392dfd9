package app.loadwise.recovery;

import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.jobs.JobExecutions;
import app.loadwise.domain.jobs.JobRepositoryTables;
import app.loadwise.recovery.internal.ScoringWeeks;
import app.loadwise.recovery.internal.store.ScoringIssueRepository;
import app.loadwise.recovery.internal.store.ScoringProgressRepository;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Starts, lists, reads, stops and restarts runs of the nightly scoring job. */
@ApplicationScoped
public class ScoringRuns {

    public static final String JOB = "nightly-scoring";
    private static final int ISSUES_SHOWN = 200;

    @Inject
    JobOperator jobs;

    @Inject
    JobExecutions executions;

    @Inject
    ClubRepository clubs;

    @Inject
    ScoringIssueRepository issues;

    @Inject
    ScoringProgressRepository progress;

    @Inject
    Clock clock;

    /**
     * Validates the request and starts a run by hand; returns its execution id. Refused while another run is in
     * progress: two runs scoring the same athlete-weeks at once would collide on the stored scores.
     */
    public long start(ScoringRunRequest request) {
        Properties parameters = parameters(request);
        List<Long> running = running();
        if (!running.isEmpty()) {
            throw new ConflictException("executionId", "scoring run " + running.get(0)
                    + " is in progress; wait for it to finish or stop it first");
        }
        return executions.start(JOB, parameters);
    }

    /** Starts a run without checking for others; the nightly run holds the night's claim and always starts. */
    long launch(ScoringRunRequest request) {
        return executions.start(JOB, parameters(request));
    }

    private Properties parameters(ScoringRunRequest request) {
        Properties parameters = new Properties();
        Instant at = clock.instant();
        parameters.setProperty("at", at.toString());
        if (request.week() != null && !request.week().isBlank()) {
            IsoWeek week = IsoWeek.parse(request.week());
            LocalDate today = request.today() == null ? LocalDate.ofInstant(at, ZoneOffset.ofHours(14))
                    : LocalDate.parse(request.today());
            ScoringWeeks.targets(week, today);
            parameters.setProperty("week", week.toString());
        }
        if (request.club() != null) {
            clubs.get(request.club());
            parameters.setProperty("club", request.club().toString());
        }
        if (request.partitions() != null) {
            parameters.setProperty("partitions", request.partitions().toString());
        }
        if (request.chunkSize() != null) {
            parameters.setProperty("chunkSize", request.chunkSize().toString());
        }
        if (request.today() != null) {
            parameters.setProperty("today", LocalDate.parse(request.today()).toString());
        }
        return parameters;
    }

    /** Runs newest first. */
    @Transactional
    public Page<ScoringRunView> list(PageRequest page) {
        int instances;
        try {
            instances = jobs.getJobInstanceCount(JOB);
        } catch (NoSuchJobException e) {
            return Page.of(List.of(), page, 0);
        }
        if (page.offset() >= instances) {
            return Page.of(List.of(), page, instances);
        }
        List<ScoringRunView> runs = new ArrayList<>();
        for (JobInstance instance : jobs.getJobInstances(JOB, page.offset(), page.size())) {
            List<JobExecution> attempts = jobs.getJobExecutions(instance);
            JobExecution latest = attempts.stream().max((a, b) -> Long.compare(a.getExecutionId(), b.getExecutionId())).orElseThrow();
            runs.add(view(latest, false));
        }
        return Page.of(runs, page, instances);
    }

    @Transactional
    public ScoringRunView get(long executionId) {
        return view(execution(executionId), true);
    }

    public void stop(long executionId) {
        executions.recoverLost();
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            throw new ConflictException("executionId",
                    "run " + executionId + " is " + status.name().toLowerCase() + "; only a running run can be stopped");
        }
        jobs.stop(executionId);
    }

    /** Restarts a stopped or failed run where it stopped; returns the new execution id. */
    public long restart(long executionId) {
        executions.recoverLost();
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
            throw new ConflictException("executionId",
                    "run " + executionId + " is " + status.name().toLowerCase() + "; only a stopped or failed run can be restarted");
        }
        try {
            Properties parameters = jobs.getParameters(executionId);
            if (JobRepositoryTables.LOST_EXIT_STATUS.equals(execution.getExitStatus())) {
                parameters.setProperty("replan", "true");
            }
            return executions.restart(executionId, parameters);
        } catch (jakarta.batch.operations.JobRestartException | jakarta.batch.operations.JobExecutionNotMostRecentException e) {
            throw new ConflictException("executionId", e.getMessage());
        }
    }

    private List<Long> running() {
        return executions.runningOf(JOB);
    }

    private JobExecution execution(long executionId) {
        try {
            JobExecution execution = jobs.getJobExecution(executionId);
            if (!JOB.equals(execution.getJobName())) {
                throw new NotFoundException("scoring run", executionId);
            }
            return execution;
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new NotFoundException("scoring run", executionId);
        }
    }

    private ScoringRunView view(JobExecution execution, boolean withIssues) {
        long executionId = execution.getExecutionId();
        JobInstance instance = jobs.getJobInstance(executionId);
        List<ScoringRunView.Partition> partitions = progress.of(instance.getInstanceId()).stream()
                .map(p -> new ScoringRunView.Partition(p.partition(), p.firstAthleteId(), p.lastAthleteId(), p.total(), p.done(),
                        p.written(), p.skipped(), p.updatedAt()))
                .toList();
        List<Long> attempts = jobs.getJobExecutions(instance).stream().map(JobExecution::getExecutionId).toList();
        long issueCount = issues.countOfExecutions(attempts);
        List<ScoringRunView.Issue> issueViews = withIssues
                ? issues.ofExecutions(attempts, ISSUES_SHOWN).stream()
                        .map(i -> new ScoringRunView.Issue(i.executionId(), i.athleteId(), i.isoWeek(), i.reason(), i.recordedAt()))
                        .toList()
                : List.of();
        Map<String, String> parameters = new TreeMap<>();
        Properties given = execution.getJobParameters();
        if (given != null) {
            given.stringPropertyNames().forEach(name -> parameters.put(name, given.getProperty(name)));
        }
        return new ScoringRunView(executionId, instance.getInstanceId(), execution.getBatchStatus().name(),
                execution.getExitStatus(), parameters, instant(execution.getCreateTime()), instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                partitions.stream().mapToInt(ScoringRunView.Partition::done).sum(),
                partitions.stream().mapToInt(ScoringRunView.Partition::written).sum(),
                partitions.stream().mapToInt(ScoringRunView.Partition::skipped).sum(),
                partitions.stream().mapToInt(ScoringRunView.Partition::total).sum(),
                partitions, issueCount, issueViews);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
