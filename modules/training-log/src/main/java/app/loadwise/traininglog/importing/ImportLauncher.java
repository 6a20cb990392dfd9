package app.loadwise.traininglog.importing;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploads and commits with the batch job behind them: the service's transaction commits first, then a large
 * file's check or commit is started as the {@code training-log-import} job. Not transactional itself on purpose:
 * a job started from inside a transactional call could not begin its own chunk transactions.
 */
@ApplicationScoped
public class ImportLauncher {

    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    @Inject
    ImportUploads uploads;

    @Inject
    ImportCommits commits;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportJobRecords failures;

    public ImportView upload(UploadRequest request, InputStream content) {
        ImportView view = uploads.upload(request, content);
        if (view.status() == ImportView.Status.VALIDATING) {
            start(view.id(), ImportJobs.Mode.CHECK);
        }
        return view;
    }

    public ImportView commit(long importId, boolean skipInvalid) {
        recoverIfInterrupted(importId);
        ImportView view = commits.commit(importId, skipInvalid);
        if (view.status() == ImportView.Status.COMMITTING) {
            start(importId, ImportJobs.Mode.COMMIT);
        }
        return view;
    }

    /**
     * Asks the running check or commit of an import to stop after its current chunk; the import then reads
     * "stopped". A job no longer running anywhere (the server died) is marked stopped at once.
     */
    public ImportView stop(long importId) {
        recoverIfInterrupted(importId);
        if (commits.jobNeverStarted(importId)) {
            failures.stopped(importId);
            return uploads.get(importId);
        }
        ImportView view = commits.requestStop(importId);
        Long execution = commits.jobExecution(importId);
        if (execution != null && !jobs.isRunning(execution)) {
            failures.stopped(importId);
            return uploads.get(importId);
        }
        return view;
    }

    /** Resumes a stopped or failed import: its check from the start, or its commit where the rows written end. */
    public ImportView resume(long importId) {
        recoverIfInterrupted(importId);
        Long execution = commits.jobExecution(importId);
        if (execution != null && jobs.isRunning(execution)) {
            throw new ConflictException("status", "the job of import " + importId + " is still stopping; resume it in a moment");
        }
        ImportView view = commits.resume(importId);
        if (view.status() == ImportView.Status.VALIDATING) {
            start(importId, ImportJobs.Mode.CHECK);
        } else if (view.status() == ImportView.Status.COMMITTING) {
            start(importId, ImportJobs.Mode.COMMIT);
        }
        return view;
    }

    /** Removes what the import wrote; an import whose job died with its instance can be undone at once. */
    public ImportView undo(long importId) {
        recoverIfInterrupted(importId);
        return commits.undo(importId);
    }

    /**
     * Marks the imports whose batch job died with the instance that ran it (killed, or its database went away)
     * as failed, so they can be resumed or undone. Returns their ids. Run at start-up and every minute.
     */
    public List<Long> recoverInterrupted() {
        List<Long> recovered = new ArrayList<>();
        Map<Long, Long> jobsOfImports = commits.runningJobs();
        Set<Long> alive = jobs.running(jobsOfImports.values());
        for (Map.Entry<Long, Long> running : jobsOfImports.entrySet()) {
            if (!alive.contains(running.getValue()) && failures.interrupted(running.getKey())) {
                LOG.warning("Import " + running.getKey() + ": its job execution " + running.getValue()
                        + " died with the instance that ran it; the import is marked failed and can be resumed or undone");
                recovered.add(running.getKey());
            }
        }
        return recovered;
    }

    private void recoverIfInterrupted(long importId) {
        Long execution = commits.runningJobs().get(importId);
        if (execution != null && !jobs.isRunning(execution)) {
            failures.interrupted(importId);
        }
    }

    private void start(long importId, ImportJobs.Mode mode) {
        long execution;
        try {
            execution = jobs.start(importId, mode);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + importId + ": its batch job could not be started", e);
            failures.fail(importId, "the batch job could not be started (the error has been logged); commit again to retry.");
            throw e;
        }
        try {
            commits.launched(importId, execution);
        } catch (RuntimeException e) {
            // the job records itself when its reader opens; until then a second commit waits for JOB_START_GRACE
            LOG.log(Level.WARNING, "Import " + importId + ": job execution " + execution + " started but could not be recorded yet", e);
        }
    }
}
