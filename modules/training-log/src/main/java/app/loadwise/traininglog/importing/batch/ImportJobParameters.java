package app.loadwise.traininglog.importing.batch;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.jobs.JobProperties;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportRun;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The import job's parameters, read from the job's properties in this one place with errors that name the
 * parameter (Jakarta Batch injects only strings, numbers and booleans, and not into step listeners): the import the
 * job reads, and whether it checks or commits it.
 */
@Dependent
public class ImportJobParameters {

    private final JobContext job;

    @Inject
    public ImportJobParameters(JobContext job) {
        this.job = job;
    }

    private String given(String name) {
        return JobProperties.given(job, name);
    }

    /** The import whose rows the job checks or commits. */
    public long importId() {
        String id = given("importId");
        if (id == null) {
            throw new InvalidValueException("importId", "importId is required: the id of the import to check or commit");
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("importId", "importId must be an import id (a whole number), got '" + id + "'");
        }
    }

    /** Whether the job checks the rows (a dry run, the default) or commits them. */
    public ImportJobs.Mode mode() {
        String mode = given("mode");
        if (mode == null) {
            return ImportJobs.Mode.CHECK;
        }
        try {
            return ImportJobs.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("mode", "mode must be CHECK or COMMIT, got '" + mode + "'");
        }
    }

    /** How the rows are run: a check is a dry run. */
    public ImportRun.Mode runMode() {
        return mode() == ImportJobs.Mode.COMMIT ? ImportRun.Mode.COMMIT : ImportRun.Mode.DRY_RUN;
    }
}
