package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.jobs.JobExecutions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts and watches the {@code training-log-import} job of an import. */
@ApplicationScoped
public class ImportJobs {

    public static final String JOB = "training-log-import";
    /** The rows step's exit status when the import was stopped on request: the job XML stops the job on it. */
    public static final String STOPPED_EXIT = "IMPORT_STOPPED";

    /** Check the rows (a dry run) or write them. */
    public enum Mode { CHECK, COMMIT }

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Inject
    JobExecutions executions;

    @Inject
    ImportSettings settings;

    /** Starts the job; call it outside any transaction, after the import record is committed. */
    public long start(long importId, Mode mode) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("mode", mode.name());
        parameters.setProperty("chunkRows", String.valueOf(settings.chunkRows()));
        long execution = executions.start(JOB, parameters);
        LOG.log(Level.INFO, "Import {0}: {1} started as job execution {2}", new Object[] {importId, mode, execution});
        return execution;
    }

    /**
     * True while the execution is starting, running or stopping on some instance. One whose instance died is
     * marked failed in the job repository and is not running.
     */
    public boolean isRunning(long executionId) {
        return executions.isRunning(executionId);
    }

    /** Of these executions, those still running somewhere, after one sweep for executions whose instance died. */
    public Set<Long> running(Collection<Long> executionIds) {
        return executions.running(executionIds);
    }
}
