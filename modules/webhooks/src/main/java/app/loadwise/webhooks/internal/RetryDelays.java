package app.loadwise.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The backoff of a failing delivery: the waits before each retry, such as {@code PT1M,PT5M,PT30M,PT2H,PT12H}. With
 * n waits a delivery gets n + 1 attempts; after the last it is failed.
 */
public record RetryDelays(List<Duration> delays) {

    public RetryDelays {
        delays = List.copyOf(delays);
    }

    /** Parses a comma-separated list of ISO-8601 durations; each must be positive. An empty text means no retries. */
    public static RetryDelays parse(String text) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text == null ? new String[0] : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Duration delay;
            try {
                delay = Duration.parse(part.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("retry delay '" + part.strip() + "' is not an ISO-8601 duration such as PT5M", e);
            }
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("retry delay " + delay + " must be positive");
            }
            delays.add(delay);
        }
        return new RetryDelays(delays);
    }

    /**
     * When to try again after the {@code attemptsMade}-th attempt (1 for the first) failed at {@code failedAt}; null
     * when that was the last one.
     */
    public Instant nextAttempt(int attemptsMade, Instant failedAt) {
        return attemptsMade >= 1 && attemptsMade <= delays.size() ? failedAt.plus(delays.get(attemptsMade - 1)) : null;
    }
}
