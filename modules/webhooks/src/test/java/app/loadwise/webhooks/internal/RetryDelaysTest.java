package app.loadwise.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryDelaysTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-29T06:00:00Z");
    private static final RetryDelays DEFAULT = RetryDelays.parse("PT1M,PT5M,PT30M,PT2H,PT12H");

    @ParameterizedTest(name = "after attempt {0}: wait {1}")
    @CsvSource({"1, PT1M", "2, PT5M", "3, PT30M", "4, PT2H", "5, PT12H"})
    void waitsLongerAfterEachFailedAttempt(int attemptsMade, String wait) {
        assertThat(DEFAULT.nextAttempt(attemptsMade, FAILED_AT)).isEqualTo(FAILED_AT.plus(Duration.parse(wait)));
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 7, 100})
    void givesUpAfterTheLastDelay(int attemptsMade) {
        assertThat(DEFAULT.nextAttempt(attemptsMade, FAILED_AT)).isNull();
        assertThat(DEFAULT.delays()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1M,soon", "PT0S", "-PT1M", "5m"})
    void refusesDelaysThatAreNotPositiveIsoDurations(String text) {
        assertThatThrownBy(() -> RetryDelays.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " , "})
    void noDelaysMeansOneAttempt(String text) {
        RetryDelays none = RetryDelays.parse(text);
        assertThat(none.delays()).isEmpty();
        assertThat(none.nextAttempt(1, FAILED_AT)).isNull();
    }
}
