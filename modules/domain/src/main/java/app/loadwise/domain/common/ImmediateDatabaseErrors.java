package app.loadwise.domain.common;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A failed database call fails the request at once. EclipseLink would retry a read outside a transaction after a
 * communication failure, twice, 5 s apart, so while the database is down every such request hung for 10 s before
 * its 503; the connection pool and the readiness check already notice the outage, and the client is told to retry.
 */
public class ImmediateDatabaseErrors implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
