package app.loadwise.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.server.config.ConfiguredDataSource;
import org.junit.jupiter.api.Test;

class DatabaseReadinessCheckTest {

    @Test
    void isUpWhenTheDatabaseAnswers() {
        ConfiguredDataSource h2 = new ConfiguredDataSource();
        h2.setUrl("jdbc:h2:mem:ready");
        assertThat(DatabaseReadinessCheck.probe(h2)).isEqualTo(new DatabaseReadinessCheck.Probe(true, "H2", null));
    }

    @Test
    void isDownWhenTheDatabaseIsUnreachable() {
        ConfiguredDataSource postgres = new ConfiguredDataSource();
        postgres.setUrl("jdbc:postgresql://127.0.0.1:1/loadwise?connectTimeout=2");
        postgres.setLoginTimeout(2);
        DatabaseReadinessCheck.Probe probe = DatabaseReadinessCheck.probe(postgres);
        assertThat(probe.up()).isFalse();
        assertThat(probe.error()).isEqualTo("the database cannot be reached");
    }

    @Test
    void neverTellsWhereTheDatabaseIs() {
        ConfiguredDataSource postgres = new ConfiguredDataSource();
        postgres.setUrl("jdbc:postgresql://127.0.0.1:1/loadwise?connectTimeout=2");
        postgres.setLoginTimeout(2);
        DatabaseReadinessCheck.Probe probe = DatabaseReadinessCheck.probe(postgres);
        assertThat(probe.error()).doesNotContain("127.0.0.1").doesNotContain(":1").doesNotContainIgnoringCase("refused")
                .doesNotContain("loadwise");
    }
}
