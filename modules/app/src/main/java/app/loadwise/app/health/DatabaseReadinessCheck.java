package app.loadwise.app.health;

import app.loadwise.app.startup.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers; a load balancer then stops sending requests to an instance that lost it. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    DataSource dataSource;

    /** What the probe found: whether the database answered, which product it is, or why not. */
    record Probe(boolean up, String product, String error) {
    }

    @Override
    public HealthCheckResponse call() {
        Probe probe = probe(dataSource);
        var response = HealthCheckResponse.named(NAME).status(probe.up());
        return (probe.up() ? response.withData("product", probe.product()) : response.withData("error", probe.error())).build();
    }

    static Probe probe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return new Probe(false, null, "the connection did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Probe(true, connection.getMetaData().getDatabaseProductName(), null);
        } catch (SQLException | RuntimeException e) {
            return new Probe(false, null, String.valueOf(e.getMessage()));
        }
    }
}
