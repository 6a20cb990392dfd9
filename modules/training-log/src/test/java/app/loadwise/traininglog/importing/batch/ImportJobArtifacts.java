package app.loadwise.traininglog.importing.batch;

import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.Properties;

/** The import job's reader and commit writer wired by hand on one entity manager, as the container would. */
final class ImportJobArtifacts {

    private ImportJobArtifacts() {
    }

    /** A job context as the runtime gives one execution: its id and the job's properties, as ImportJobs starts it. */
    static JobContext jobContext(long importId, ImportJobs.Mode mode, long executionId) {
        Properties properties = new Properties();
        properties.setProperty("importId", String.valueOf(importId));
        properties.setProperty("mode", mode.name());
        return (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> executionId;
                    case "getProperties" -> properties;
                    default -> null;
                });
    }

    static ImportRowReader reader(EntityManager em, ImportPipeline pipeline, long importId, long executionId) {
        ImportRowReader reader = new ImportRowReader();
        reader.job = jobContext(importId, ImportJobs.Mode.COMMIT, executionId);
        reader.parameters = new ImportJobParameters(reader.job);
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
        writer.parameters = new ImportJobParameters(jobContext(importId, mode, 0L));
        writer.pipeline = pipeline;
        writer.records = new ImportRecordRepository(em);
        return writer;
    }
}
