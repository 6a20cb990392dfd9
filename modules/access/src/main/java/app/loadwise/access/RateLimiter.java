package app.loadwise.access;

import app.loadwise.access.internal.store.TokenBucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per API key shared by every instance of a cluster: {@code loadwise.api.rate-limit.per-minute}
 * requests a minute on average, bursts up to {@code loadwise.api.rate-limit.burst}. The buckets are kept in the
 * database ({@link SharedBuckets}); an instance takes an API key's tokens from there
 * {@code loadwise.api.rate-limit.block} at a time and spends them locally, so only one request in a block goes to the
 * database, and the cluster never grants more than the limit plus, at the start of any period, the tokens instances
 * still hold (fewer than one block each). Check-in links and failed sign-ins, which are few, draw one token at a time
 * from the database. When the database cannot be reached, each instance limits on its own, as a single one does.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    /** The outcome of one request's draw from its caller's bucket. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    /** The buckets every instance draws from: in the database, so the limits hold for the cluster as a whole. */
    public interface SharedBuckets {
        /** Takes up to {@code wanted} tokens of the kind's bucket for the key; what it gave and what is left. */
        TokenBucket.Draw take(String kind, String key, int wanted, int perMinute, int burst);

        /** The tokens the bucket holds now, none taken. */
        double tokens(String kind, String key, int perMinute, int burst);
    }

    /** The kinds of bucket, as stored. */
    static final String API = "api";
    static final String CHECK_IN = "check-in";
    static final String SIGN_IN = "sign-in";

    /** The shared buckets; none in a plain unit test, which then limits this object on its own. */
    @Inject
    SharedBuckets shared;

    @Inject
    @ConfigProperty(name = "loadwise.api.rate-limit.block", defaultValue = "10")
    int block = 1;

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
        if (block < 1) {
            throw new IllegalStateException("loadwise.api.rate-limit.block must be 1 or more, got " + block);
        }
    }

    /** Failed sign-ins a username may have: 10 a minute on average, 20 at once. */
    static final int FAILED_SIGN_INS_PER_MINUTE = 10;
    static final int FAILED_SIGN_IN_BURST = 20;

    private final Map<String, Bucket> failedSignIns = new ConcurrentHashMap<>();

    /** The tokens this instance holds of each API key's and check-in link's shared bucket. */
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final Map<String, Lease> checkInLeases = new ConcurrentHashMap<>();

    /** When the shared buckets last failed (System.nanoTime), so an outage is logged once a minute, not per request. */
    private final AtomicLong sharedFailureLogged = new AtomicLong(Long.MIN_VALUE);

    /** The most buckets kept of each kind; beyond it, buckets that have refilled completely are dropped. */
    static final int MAX_BUCKETS = 100_000;

    /** True while a sign-in key (a username from an address) has used up its failed sign-ins; its next attempt is refused before any hash check. */
    public boolean signInsBlocked(String username, long nowNanos) {
        if (shared != null) {
            Double tokens = shared(nowNanos, () -> shared.tokens(SIGN_IN, username, FAILED_SIGN_INS_PER_MINUTE, FAILED_SIGN_IN_BURST));
            if (tokens != null) {
                return tokens < 1;
            }
        }
        Bucket bucket = failedSignIns.get(username);
        return bucket != null && !bucket.available(nowNanos, FAILED_SIGN_INS_PER_MINUTE, FAILED_SIGN_IN_BURST);
    }

    /** Counts a failed sign-in of the key. */
    public void failedSignIn(String username, long nowNanos) {
        if (shared != null && shared(nowNanos, () -> shared.take(SIGN_IN, username, 1, FAILED_SIGN_INS_PER_MINUTE,
                FAILED_SIGN_IN_BURST)) != null) {
            return;
        }
        trim(failedSignIns, nowNanos, FAILED_SIGN_INS_PER_MINUTE, FAILED_SIGN_IN_BURST);
        failedSignIns.computeIfAbsent(username, u -> new Bucket(FAILED_SIGN_IN_BURST, nowNanos))
                .draw(nowNanos, FAILED_SIGN_INS_PER_MINUTE, FAILED_SIGN_IN_BURST);
    }

    /** A request of the check-in opened by a token, keyed by the token's hash (never the token itself). */
    public Decision drawCheckIn(String tokenHash, long nowNanos) {
        if (shared != null) {
            Decision decision = leased(checkInLeases, CHECK_IN, tokenHash, nowNanos, checkInPerMinute, checkInBurst, 1);
            if (decision != null) {
                return decision;
            }
        }
        trim(checkIns, nowNanos, checkInPerMinute, checkInBurst);
        return checkIns.computeIfAbsent(tokenHash, c -> new Bucket(checkInBurst, nowNanos)).draw(nowNanos, checkInPerMinute, checkInBurst);
    }

    public Decision draw(String caller, long nowNanos) {
        if (shared != null) {
            Decision decision = leased(leases, API, caller, nowNanos, perMinute, burst, block);
            if (decision != null) {
                return decision;
            }
        }
        trim(buckets, nowNanos, perMinute, burst);
        return buckets.computeIfAbsent(caller, c -> new Bucket(burst, nowNanos)).draw(nowNanos, perMinute, burst);
    }

    /** A draw from this instance's lease of the shared bucket; null when the shared buckets cannot be reached. */
    private Decision leased(Map<String, Lease> map, String kind, String key, long now, int perMinute, int burst, int blockSize) {
        if (map.size() > MAX_BUCKETS) {
            map.values().removeIf(Lease::empty);
            if (map.size() > MAX_BUCKETS) {
                map.clear();
            }
        }
        return map.computeIfAbsent(key, k -> new Lease(now)).draw(now, perMinute, burst, blockSize,
                wanted -> shared(now, () -> shared.take(kind, key, wanted, perMinute, burst)));
    }

    /**
     * Asks the shared buckets, once more when the first try fails (two instances starting the same bucket at once);
     * null when they cannot answer, so the caller limits on this instance alone.
     */
    private <T> T shared(long now, Supplier<T> call) {
        RuntimeException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        long last = sharedFailureLogged.get();
        if ((last == Long.MIN_VALUE || now - last > 60_000_000_000L) && sharedFailureLogged.compareAndSet(last, now)) {
            LOG.log(Level.WARNING, "The shared rate limits cannot be reached; this instance limits on its own until they can", failure);
        }
        return null;
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

    /**
     * The tokens this instance holds of one shared bucket, and the bucket as last seen. A draw spends a held token
     * without asking the database; with none held it takes a block. Held tokens never make more than the burst
     * together with the shared bucket as this instance last saw it refilled, so a single instance grants what its own
     * bucket would (to within a fraction of a token after a pause).
     */
    static final class Lease {
        private int held;
        private double seen;
        private long seenAt;
        /** Whether the last draw from the shared bucket found it empty, so its refill since then is all it holds. */
        private boolean refused;

        Lease(long now) {
            this.seenAt = now;
        }

        private boolean refusedUntil(double estimate) {
            return refused && estimate < 1;
        }

        synchronized boolean empty() {
            return held == 0;
        }

        /** The draw; null when {@code take} cannot reach the shared bucket (it answers null). */
        synchronized Decision draw(long now, int perMinute, int burst, int blockSize, IntFunction<TokenBucket.Draw> take) {
            double estimate = Math.min(burst, seen + Math.max(0, now - seenAt) * (perMinute / 60e9));
            held = (int) Math.max(0, Math.min(held, Math.floor(burst - estimate)));
            if (held >= 1) {
                held--;
                return new Decision(true, perMinute, (int) (held + estimate), 0);
            }
            if (refusedUntil(estimate)) {
                // the shared bucket refills no faster than this: no token there yet, whatever the other instances did
                return new Decision(false, perMinute, 0, Math.max(1, (long) Math.ceil((1 - estimate) * 60 / perMinute)));
            }
            TokenBucket.Draw taken = take.apply(Math.max(1, Math.min(blockSize, burst)));
            if (taken == null) {
                return null;
            }
            seen = taken.after().tokens();
            seenAt = now;
            refused = taken.granted() < 1;
            if (taken.granted() < 1) {
                return new Decision(false, perMinute, 0, taken.retryAfterSeconds());
            }
            held = taken.granted() - 1;
            return new Decision(true, perMinute, (int) (held + seen), 0);
        }
    }
}
