package app.loadwise.domain.testing;

import app.loadwise.domain.migration.DatabaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real databases for persistence tests: one PostgreSQL started in-process per test JVM, and H2 as the embedded
 * default. Each call gives a fresh, migrated database so tests never see each other's rows.
 */
public final class TestDatabases {

    public enum Kind { POSTGRESQL, H2 }

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A new empty database of the given kind, migrated with the production scripts. */
    public static DataSource freshMigrated(Kind kind) {
        DataSource dataSource = kind == Kind.POSTGRESQL ? freshPostgres() : freshH2();
        DatabaseMigrator.migrate(dataSource);
        return dataSource;
    }

    /** A new empty database of the given kind, not migrated. */
    public static DataSource fresh(Kind kind) {
        return kind == Kind.POSTGRESQL ? freshPostgres() : freshH2();
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    private static DataSource freshPostgres() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database", e);
        }
        return postgres().getDatabase("postgres", name);
    }

    private static DataSource freshH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Runs the work in one resource-local transaction, committed when it returns, rolled back when it throws. */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * The settings of the production persistence unit ({@code modules/app}'s persistence.xml, which a test there
     * holds to these), for a unit run outside the container.
     */
    public static final Map<String, String> UNIT_PROPERTIES = Map.of(
            "jakarta.persistence.schema-generation.database.action", "none",
            "eclipselink.logging.level", "WARNING",
            "eclipselink.jdbc.batch-writing", "JDBC",
            "eclipselink.jdbc.batch-writing.size", "200",
            "eclipselink.weaving", "false",
            "eclipselink.session.customizer", "app.loadwise.domain.common.ImmediateDatabaseErrors");

    /**
     * The production persistence unit, run outside the container on the given data source, with the persistence
     * classes of every module on the test's class path: the shared domain's and those of the module under test.
     */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        return new PersistenceProvider().createContainerEntityManagerFactory(
                new TestPersistenceUnit(dataSource, PersistenceClasses.onClassPath()), new HashMap<>(UNIT_PROPERTIES));
    }
}
