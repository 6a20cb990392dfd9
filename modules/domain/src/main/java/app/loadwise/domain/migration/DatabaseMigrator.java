package app.loadwise.domain.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the current schema with the versioned scripts in {@code db/migration}. */
public final class DatabaseMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigrator() {
    }

    /** Applies pending migrations and returns how many ran; a schema from a newer release fails validation. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table("schema_history")
                .validateOnMigrate(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
