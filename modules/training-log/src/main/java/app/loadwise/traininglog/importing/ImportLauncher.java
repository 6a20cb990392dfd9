package app.loadwise.traininglog.importing;

import app.loadwise.traininglog.importing.batch.ImportJobRecords;
import app.loadwise.traininglog.importing.batch.ImportJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;

/**
 * Uploads and commits with the batch job behind them: the service's transaction commits first, then a large
 * file's check or commit is started as the {@code training-log-import} job. Not transactional itself on purpose:
 * a job started from inside a transactional call could not begin its own chunk transactions.
 */
@ApplicationScoped
public class ImportLauncher {

    @Inject
    ImportService service;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportJobRecords failures;

    public ImportView upload(UploadRequest request, InputStream content) {
        ImportView view = service.upload(request, content);
        if ("validating".equals(view.status())) {
            start(view.id(), ImportJobs.Mode.CHECK);
        }
        return view;
    }

    public ImportView commit(long importId, boolean skipInvalid) {
        ImportView view = service.commit(importId, skipInvalid);
        if ("committing".equals(view.status())) {
            start(importId, ImportJobs.Mode.COMMIT);
        }
        return view;
    }

    private void start(long importId, ImportJobs.Mode mode) {
        try {
            jobs.start(importId, mode);
        } catch (RuntimeException e) {
            failures.fail(importId, "the batch job could not be started (" + e.getMessage() + "); commit again to retry.");
            throw e;
        }
    }
}
