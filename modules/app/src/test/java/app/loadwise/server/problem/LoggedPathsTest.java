package app.loadwise.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.checkin.internal.CheckInTokens;
import org.junit.jupiter.api.Test;

class LoggedPathsTest {

    @Test
    void logsSeePathsWithTheTokenMasked() {
        String token = CheckInTokens.newToken();
        assertThat(LoggedPaths.withoutTokens("/api/v1/check-in/" + token)).isEqualTo("/api/v1/check-in/…");
        assertThat(LoggedPaths.withoutTokens("/check-in-unsubscribe/" + token + "?x=1")).isEqualTo("/check-in-unsubscribe/…?x=1");
        assertThat(LoggedPaths.withoutTokens("/api/v1/athletes/5/check-in-link")).isEqualTo("/api/v1/athletes/5/check-in-link");
        assertThat(LoggedPaths.withoutTokens(null)).isNull();
    }
}
