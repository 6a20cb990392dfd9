package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records on the import why its rows step failed, in words the uploader can act on. */
@Named("importStepListener")
@Dependent
public class ImportStepListener extends AbstractStepListener {

    @Inject
    ImportJobParameters parameters;

    @Inject
    StepContext step;

    @Inject
    ImportJobRecords failures;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            ImportFileException problem = fileProblem(failure);
            if (problem != null) {
                failures.reject(parameters.importId(), problem);
            } else {
                failures.fail(parameters.importId(), reason(failure));
            }
        }
    }

    static ImportFileException fileProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ImportFileException e) {
                return e;
            }
        }
        return null;
    }

    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ImportFileException e) {
                return e.getMessage();
            }
        }
        return "the import stopped with an internal error; it has been logged. Commit again to resume: rows already written are skipped.";
    }
}
