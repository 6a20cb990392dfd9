package app.loadwise.app.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per API key on this instance: {@code loadwise.api.rate-limit.per-minute} requests
 * a minute on average, bursts up to {@code loadwise.api.rate-limit.burst}.
 */
@ApplicationScoped
public class RateLimiter {

    /** The outcome of one request's draw from its caller's bucket. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    @Inject
    @ConfigProperty(name = "loadwise.api.rate-limit.per-minute", defaultValue = "600")
    int perMinute;

    @Inject
    @ConfigProperty(name = "loadwise.api.rate-limit.burst", defaultValue = "120")
    int burst;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "loadwise.checkin.rate-limit.per-minute", defaultValue = "20")
    int checkInPerMinute;

    @Inject
    @ConfigProperty(name = "loadwise.checkin.rate-limit.burst", defaultValue = "10")
    int checkInBurst;

    /** A bucket per check-in token (by its hash): the page and its answers need no more than a few requests. */
    private final Map<String, Bucket> checkIns = new ConcurrentHashMap<>();

    @PostConstruct
    void check() {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalStateException("loadwise.api.rate-limit.per-minute and .burst must be 1 or more, got "
                    + perMinute + " and " + burst);
        }
        if (checkInPerMinute < 1 || checkInBurst < 1) {
            throw new IllegalStateException("loadwise.checkin.rate-limit.per-minute and .burst must be 1 or more, got "
                    + checkInPerMinute + " and " + checkInBurst);
        }
    }

    /** Failed sign-ins a username may have: 10 a minute on average, 20 at once. */
    static final int FAILED_SIGN_INS_PER_MINUTE = 10;
    static final int FAILED_SIGN_IN_BURST = 20;

    private final Map<String, Bucket> failedSignIns = new ConcurrentHashMap<>();

    /** The most buckets kept of each kind; beyond it, buckets that have refilled completely are dropped. */
    static final int MAX_BUCKETS = 100_000;

    /** True while a sign-in key (a username from an address) has used up its failed sign-ins; its next attempt is refused before any hash check. */
    public boolean signInsBlocked(String username, long nowNanos) {
        Bucket bucket = failedSignIns.get(username);
        return bucket != null && !bucket.available(nowNanos, FAILED_SIGN_INS_PER_MINUTE, FAILED_SIGN_IN_BURST);
    }

    /** Counts a failed sign-in of the key. */
    public void failedSignIn(String username, long nowNanos) {
        trim(failedSignIns, nowNanos, FAILED_SIGN_INS_PER_MINUTE, FAILED_SIGN_IN_BURST);
        failedSignIns.computeIfAbsent(username, u -> new Bucket(FAILED_SIGN_IN_BURST, nowNanos))
                .draw(nowNanos, FAILED_SIGN_INS_PER_MINUTE, FAILED_SIGN_IN_BURST);
    }

    /** A request of the check-in opened by a token, keyed by the token's hash (never the token itself). */
    public Decision drawCheckIn(String tokenHash, long nowNanos) {
        trim(checkIns, nowNanos, checkInPerMinute, checkInBurst);
        return checkIns.computeIfAbsent(tokenHash, c -> new Bucket(checkInBurst, nowNanos)).draw(nowNanos, checkInPerMinute, checkInBurst);
    }

    public Decision draw(String caller, long nowNanos) {
        trim(buckets, nowNanos, perMinute, burst);
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst, nowNanos)).draw(nowNanos, perMinute, burst);
    }

    /**
     * Keeps a map of buckets within {@link #MAX_BUCKETS}: drops the ones refilled to the full burst (forgetting them
     * changes nothing), and only when a flood of distinct keys leaves none full, all of them.
     */
    static void trim(Map<String, Bucket> map, long now, int perMinute, int burst) {
        if (map.size() > MAX_BUCKETS) {
            map.values().removeIf(bucket -> bucket.full(now, perMinute, burst));
            if (map.size() > MAX_BUCKETS) {
                map.clear();
            }
        }
    }

    /** Tokens refill continuously at perMinute / 60 s up to the burst size. */
    static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.refilledAt = now;
        }

        synchronized boolean full(long now, int perMinute, int burst) {
            refill(now, perMinute, burst);
            return tokens >= burst;
        }

        synchronized boolean available(long now, int perMinute, int burst) {
            refill(now, perMinute, burst);
            return tokens >= 1;
        }

        private void refill(long now, int perMinute, int burst) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * (perMinute / 60e9));
            refilledAt = now;
        }

        synchronized Decision draw(long now, int perMinute, int burst) {
            double perNano = perMinute / 60e9;
            refill(now, perMinute, burst);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, perMinute, (int) tokens, 0);
            }
            long wait = (long) Math.ceil((1 - tokens) / perNano / 1e9);
            return new Decision(false, perMinute, 0, Math.max(1, wait));
        }
    }
}
