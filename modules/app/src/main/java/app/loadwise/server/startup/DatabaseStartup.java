package app.loadwise.server.startup;

import app.loadwise.access.Users;
import app.loadwise.server.demo.DemoDataLoader;
import app.loadwise.server.schedule.JobRecoverySchedule;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.migration.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Defines the application's datasource from configuration, migrates the schema before anything else uses it,
 * and loads the demo club when asked to.
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATASOURCE,
        className = "app.loadwise.server.config.ConfiguredDataSource",
        url = "${MPCONFIG=loadwise.db.url}",
        user = "${MPCONFIG=loadwise.db.user}",
        password = "${MPCONFIG=loadwise.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20,
        loginTimeout = 5,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    public static final String DATASOURCE = "java:global/jdbc/appDS";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    DemoDataLoader demo;

    @Inject
    Users users;

    @Inject
    JobRecoverySchedule jobRecovery;

    @Inject
    @ConfigProperty(name = "loadwise.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "loadwise.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "loadwise.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    @PostConstruct
    void start() {
        int applied = DatabaseMigrator.migrate(dataSource);
        LOG.info(() -> "Database schema is current (" + applied + " migration(s) applied now)");
        createFirstPlatformAdmin();
        // jobs this instance ran before it was killed, or that a dead instance left, can be resumed at once
        jobRecovery.recoverAtStartUp();
        if (demoEnabled) {
            demo.loadIfAbsent();
        }
    }

    /** The first platform admin comes from LOADWISE_ADMIN_USERNAME and _PASSWORD; there is never a default password. */
    private void createFirstPlatformAdmin() {
        if (adminUsername.isPresent() && adminPassword.isPresent()) {
            try {
                if (users.createFirstPlatformAdmin(adminUsername.get(), adminPassword.get())) {
                    LOG.info(() -> "Created the first platform admin '" + adminUsername.get().strip().toLowerCase(Locale.ROOT) + "'");
                }
            } catch (InvalidValueException e) {
                LOG.severe(() -> "The first platform admin from LOADWISE_ADMIN_USERNAME/_PASSWORD was not created: " + e.getMessage());
            } catch (RuntimeException e) {
                // Instances of a cluster starting together race for the first admin; the unique username lets one win.
                if (!users.anyPlatformAdmin()) {
                    throw e;
                }
                LOG.info("The first platform admin was created by another instance");
            }
        } else if (!users.anyPlatformAdmin()) {
            LOG.warning("No platform admin exists yet, so nobody can use the API: set LOADWISE_ADMIN_USERNAME and "
                    + "LOADWISE_ADMIN_PASSWORD (at least 12 characters) and restart.");
        }
    }
}
