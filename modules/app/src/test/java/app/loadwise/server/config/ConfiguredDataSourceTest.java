package app.loadwise.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class ConfiguredDataSourceTest {

    @Test
    void choosesTheDriverByTheUrl() throws SQLException {
        assertThat(ConfiguredDataSource.create("jdbc:postgresql://db:5432/loadwise", "app", "secret"))
                .isInstanceOfSatisfying(PGSimpleDataSource.class, pg -> {
                    assertThat(pg.getServerNames()).containsExactly("db");
                    assertThat(pg.getDatabaseName()).isEqualTo("loadwise");
                    assertThat(pg.getUser()).isEqualTo("app");
                });
        assertThat(ConfiguredDataSource.create("jdbc:h2:file:./data/h2/loadwise", "sa", ""))
                .isInstanceOfSatisfying(JdbcDataSource.class, h2 -> assertThat(h2.getURL()).isEqualTo("jdbc:h2:file:./data/h2/loadwise;WRITE_DELAY=0"));
    }

    @Test
    void writesEachH2CommitBeforeAnsweringUnlessTheUrlSaysOtherwise() throws SQLException {
        assertThat(ConfiguredDataSource.durable("jdbc:h2:file:./x;MODE=LEGACY")).isEqualTo("jdbc:h2:file:./x;MODE=LEGACY;WRITE_DELAY=0");
        assertThat(ConfiguredDataSource.durable("jdbc:h2:file:./x;write_delay=500")).isEqualTo("jdbc:h2:file:./x;write_delay=500");
    }

    @Test
    void namesTheSettingWhenTheUrlIsMissingOrUnsupported() {
        assertThatThrownBy(() -> ConfiguredDataSource.create(" ", null, null)).hasMessageContaining("LOADWISE_DB_URL");
        assertThatThrownBy(() -> ConfiguredDataSource.create("jdbc:mysql://x/y", null, null))
                .isInstanceOf(SQLException.class).hasMessageContaining("jdbc:mysql://x/y");
    }
}
