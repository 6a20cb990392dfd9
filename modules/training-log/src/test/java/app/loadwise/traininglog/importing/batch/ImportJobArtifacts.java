package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;

/** The import job's reader and commit writer wired by hand on one entity manager, as the container would. */
final class ImportJobArtifacts {

    private ImportJobArtifacts() {
    }

    static ImportRowReader reader(EntityManager em, ImportPipeline pipeline, long importId, long executionId) {
        ImportRowReader reader = new ImportRowReader();
        reader.importId = String.valueOf(importId);
        reader.job = (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> method.getName().equals("getExecutionId") ? executionId : null);
        reader.pipeline = pipeline;
        reader.records = new ImportRecordRepository(em);
        return reader;
    }

    /** A step context as the runtime shares it between the reader and the writer of one step: transient data, exit status. */
    static StepContext stepContext() {
        java.util.Map<String, Object> state = new java.util.HashMap<>();
        return (StepContext) Proxy.newProxyInstance(StepContext.class.getClassLoader(), new Class<?>[] {StepContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setTransientUserData" -> state.put("transient", args[0]);
                    case "getTransientUserData" -> state.get("transient");
                    case "setExitStatus" -> state.put("exit", args[0]);
                    case "getExitStatus" -> state.get("exit");
                    default -> null;
                });
    }

    static ImportRowWriter commitWriter(EntityManager em, ImportPipeline pipeline, long importId) {
        return writer(em, pipeline, importId, ImportJobs.Mode.COMMIT);
    }

    static ImportRowWriter writer(EntityManager em, ImportPipeline pipeline, long importId, ImportJobs.Mode mode) {
        ImportRowWriter writer = new ImportRowWriter();
        writer.importId = String.valueOf(importId);
        writer.mode = mode.name();
        writer.pipeline = pipeline;
        writer.records = new ImportRecordRepository(em);
        return writer;
    }
}
