package app.loadwise.server.health;

import app.loadwise.server.startup.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers; a load balancer then stops sending requests to an instance that lost it. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());
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

    /**
     * Probes the database. Why it is unreachable goes to the log only: the check is answered to anyone, and the
     * driver's message names the database's host and port.
     */
    static Probe probe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return down("the connection did not answer within " + TIMEOUT_SECONDS + " s", null);
            }
            return up(new Probe(true, connection.getMetaData().getDatabaseProductName(), null));
        } catch (SQLException | RuntimeException e) {
            return down(UNREACHABLE, e);
        }
    }

    static final String UNREACHABLE = "the database cannot be reached";

    /** Whether the last probe found the database down, so that an outage is logged once, not at every probe. */
    private static final AtomicBoolean DOWN = new AtomicBoolean();

    private static Probe up(Probe probe) {
        if (DOWN.compareAndSet(true, false)) {
            LOG.info("The database answers again");
        }
        return probe;
    }

    private static Probe down(String error, Exception cause) {
        if (DOWN.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "Not ready: " + error + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        }
        return new Probe(false, null, error);
    }
}
