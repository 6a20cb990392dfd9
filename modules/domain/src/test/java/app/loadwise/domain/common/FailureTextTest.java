package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void namesEveryCauseWithItsMessage() {
        Exception failure = new IOException(" sending failed ", new ConnectException("Connection refused"));
        assertThat(FailureText.describe(failure)).isEqualTo("IOException sending failed: ConnectException Connection refused");
        assertThat(FailureText.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void stopsAfterAboutFifteenHundredCharacters() {
        Exception failure = new RuntimeException("x".repeat(1000));
        for (int i = 0; i < 5; i++) {
            failure = new RuntimeException("y".repeat(1000), failure);
        }
        assertThat(FailureText.describe(failure)).hasSizeLessThan(2600).startsWith("RuntimeException yyy");
    }
}
