package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class ImmediateDatabaseErrorsTest {

    @Test
    void aFailedReadIsNotRetriedAfterAPause() {
        DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();
        assertThat(session.getLogin().getQueryRetryAttemptCount()).as("EclipseLink's default").isPositive();

        new ImmediateDatabaseErrors().customize(session);

        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        assertThat(login.getQueryRetryAttemptCount()).isZero();
        assertThat(login.getDelayBetweenConnectionAttempts()).isZero();
    }
}
