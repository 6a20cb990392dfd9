package app.loadwise.domain.jobs;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** A job's properties as its artifacts read them: a blank value is not given. */
public final class JobProperties {

    private JobProperties() {
    }

    /** The job property {@code name}, stripped; null when missing or blank. */
    public static String given(JobContext job, String name) {
        Properties properties = job.getProperties();
        String value = properties == null ? null : properties.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
