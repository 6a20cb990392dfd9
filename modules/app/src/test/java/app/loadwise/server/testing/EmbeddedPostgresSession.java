package app.loadwise.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL before the container tests and stops it after them. The container (a separate
 * JVM) finds it through {@code loadwise.test.pg.port}, which arquillian.xml reads. Runs only where the
 * failsafe configuration sets {@code loadwise.it}.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    public static final String PORT_PROPERTY = "loadwise.test.pg.port";

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("loadwise.it")) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL for the container tests", e);
        }
        System.setProperty(PORT_PROPERTY, String.valueOf(postgres.getPort()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
