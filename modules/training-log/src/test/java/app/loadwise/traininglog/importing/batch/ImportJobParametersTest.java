package app.loadwise.traininglog.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import jakarta.batch.runtime.context.JobContext;
import java.lang.reflect.Proxy;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ImportJobParametersTest {

    private static ImportJobParameters of(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        JobContext job = (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> method.getName().equals("getProperties") ? properties : null);
        return new ImportJobParameters(job);
    }

    @Test
    void readsTheImportAndTheMode() {
        ImportJobParameters parameters = of("importId", " 42 ", "mode", "COMMIT");
        assertThat(parameters.importId()).isEqualTo(42L);
        assertThat(parameters.mode()).isEqualTo(ImportJobs.Mode.COMMIT);
        assertThat(of("importId", "1", "mode", "check").mode()).isEqualTo(ImportJobs.Mode.CHECK);
    }

    @Test
    void checksWhenNoModeIsGiven() {
        assertThat(of("importId", "7").mode()).isEqualTo(ImportJobs.Mode.CHECK);
        assertThat(of("importId", "7", "mode", "").mode()).isEqualTo(ImportJobs.Mode.CHECK);
    }

    @Test
    void namesTheParameterThatIsWrong() {
        assertThatThrownBy(() -> of().importId()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("importId is required")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("importId"));
        assertThatThrownBy(() -> of("importId", "twelve").importId()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("got 'twelve'");
        assertThatThrownBy(() -> of("importId", "1", "mode", "DRY").mode()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("mode must be CHECK or COMMIT, got 'DRY'")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("mode"));
    }
}
