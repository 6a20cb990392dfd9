package app.loadwise.server.schedule;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.jobs.JobExecutions;
import app.loadwise.domain.jobs.JobRepositoryTables;
import app.loadwise.domain.jobs.RunningExecution;
import app.loadwise.recovery.ScoringRuns;
import app.loadwise.traininglog.importing.ImportCommits;
import app.loadwise.traininglog.importing.ImportLauncher;
import app.loadwise.traininglog.importing.ImportUploads;
import app.loadwise.traininglog.importing.ImportView;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Restarts, by itself, the scoring runs and imports whose instance died, once this instance has marked their job
 * executions lost (one conditional update, so one instance per execution): a scoring run as
 * {@code POST /scoring/runs/{id}/restart} does, an import as {@code POST /imports/{id}/resume} does, each from its
 * checkpoint. Only executions that were lost: a run stopped by a person, or failed for a reason of its own, is left
 * alone, and so is an import whose stop had been asked for. A run is taken over at most
 * {@code loadwise.jobs.auto-restarts} times (counted in the database, across instances and restarts), so a run that
 * kills its instance every time stays failed for a person to look at.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JobTakeover {

    private static final Logger LOG = Logger.getLogger(JobTakeover.class.getName());
    private static final String IMPORT_JOB = "training-log-import";

    @Inject
    JobExecutions executions;

    @Inject
    JobOperator operator;

    @Inject
    ScoringRuns scoringRuns;

    @Inject
    ImportLauncher imports;

    @Inject
    ImportCommits commits;

    @Inject
    ImportUploads uploads;

    @Inject
    @ConfigProperty(name = "loadwise.jobs.auto-restarts", defaultValue = "3")
    int autoRestarts;

    /** Scoring runs this instance marked lost that wait for another run in progress to end. */
    private final Queue<RunningExecution> waiting = new ConcurrentLinkedQueue<>();

    /** Takes over every execution this instance has marked lost; returns how many were restarted. */
    public int takeOverMarkedLost() {
        List<RunningExecution> lost = new ArrayList<>();
        for (RunningExecution execution = waiting.poll(); execution != null; execution = waiting.poll()) {
            lost.add(execution);
        }
        lost.addAll(executions.takeMarkedLost());
        int restarted = 0;
        for (RunningExecution execution : lost) {
            try {
                if (takeOver(execution)) {
                    restarted++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job execution " + execution.executionId() + " (" + execution.jobName()
                        + ") was lost with its instance and could not be restarted automatically; restart or resume it by hand", e);
            }
        }
        return restarted;
    }

    private boolean takeOver(RunningExecution lost) {
        if (ScoringRuns.JOB.equals(lost.jobName())) {
            return takeOverScoringRun(lost);
        }
        if (IMPORT_JOB.equals(lost.jobName())) {
            return takeOverImport(lost);
        }
        return false;
    }

    private boolean takeOverScoringRun(RunningExecution lost) {
        JobInstance instance = operator.getJobInstance(lost.executionId());
        JobExecution latest = operator.getJobExecutions(instance).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow();
        if (latest.getExecutionId() != lost.executionId() || !JobRepositoryTables.LOST_EXIT_STATUS.equals(latest.getExitStatus())) {
            LOG.info(() -> "Scoring run " + lost.executionId() + " was lost with its instance and has been restarted or ended since");
            return false;
        }
        List<Long> running = executions.runningOf(ScoringRuns.JOB);
        if (!running.isEmpty()) {
            // a run started meanwhile would collide with this one on the weeks both score
            LOG.info(() -> "Scoring run " + lost.executionId() + " was lost with its instance; it is taken over once run "
                    + running.get(0) + " has ended");
            waiting.add(lost);
            return false;
        }
        String subject = ScoringRuns.JOB + ":" + instance.getInstanceId();
        if (!claim(lost, subject, "scoring run " + lost.executionId())) {
            return false;
        }
        long restarted;
        try {
            restarted = scoringRuns.restart(lost.executionId());
        } catch (ConflictException e) {
            LOG.info(() -> "Scoring run " + lost.executionId() + " was not taken over: " + e.getMessage());
            return false;
        }
        LOG.warning(() -> "Took over scoring run " + lost.executionId() + " (job instance " + instance.getInstanceId()
                + "), lost with instance " + owner(lost) + ": restarted from its checkpoint as execution " + restarted);
        return true;
    }

    private boolean takeOverImport(RunningExecution lost) {
        Properties parameters = operator.getParameters(lost.executionId());
        String id = parameters == null ? null : parameters.getProperty("importId");
        if (id == null) {
            return false;
        }
        long importId = Long.parseLong(id);
        Long current = commits.jobExecution(importId);
        if (current == null || current != lost.executionId()) {
            LOG.info(() -> "Import " + importId + " was lost with job execution " + lost.executionId() + " and has been resumed since");
            return false;
        }
        ImportView view = uploads.get(importId);
        if (view.status() == ImportView.Status.VALIDATING || view.status() == ImportView.Status.COMMITTING) {
            imports.recoverInterrupted();
            view = uploads.get(importId);
        }
        if (view.status() != ImportView.Status.FAILED) {
            // stopped (a stop had been asked for), undone, or resumed by hand meanwhile
            String status = view.status().code();
            LOG.info(() -> "Import " + importId + " was lost with job execution " + lost.executionId() + " and is " + status
                    + "; it is not taken over");
            return false;
        }
        if (!claim(lost, "import:" + importId, "import " + importId)) {
            return false;
        }
        String mode = parameters.getProperty("mode", "");
        try {
            imports.resume(importId);
        } catch (ConflictException e) {
            LOG.info(() -> "Import " + importId + " was not taken over: " + e.getMessage());
            return false;
        }
        Long resumed = commits.jobExecution(importId);
        LOG.warning(() -> "Took over import " + importId + " (" + mode.toLowerCase(Locale.ROOT) + "), whose job execution "
                + lost.executionId() + " was lost with instance " + owner(lost) + ": resumed as execution " + resumed
                + ("COMMIT".equals(mode) ? ", writing on after the rows already written" : ", checking the file again"));
        return true;
    }

    /** Claims the takeover unless the run has had its automatic restarts already. */
    private boolean claim(RunningExecution lost, String subject, String what) {
        long done = executions.takeovers(subject);
        if (done >= autoRestarts) {
            LOG.warning(() -> "Not taking over " + what + " (job execution " + lost.executionId() + "), lost with instance "
                    + owner(lost) + ": it was restarted automatically " + done + " time(s) already (loadwise.jobs.auto-restarts="
                    + autoRestarts + "); it stays failed until a person restarts or resumes it");
            return false;
        }
        return executions.claimTakeover(lost, subject);
    }

    private static String owner(RunningExecution lost) {
        return lost.owner() == null ? "(no lease)" : lost.owner().toString();
    }
}
