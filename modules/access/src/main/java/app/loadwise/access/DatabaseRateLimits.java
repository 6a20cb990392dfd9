package app.loadwise.access;

import app.loadwise.access.internal.store.RateLimitBuckets;
import app.loadwise.access.internal.store.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limits' buckets in the database every instance shares, each draw in a transaction of its own that locks
 * the bucket's row. Buckets unused long enough to be full again are forgotten now and then.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DatabaseRateLimits implements RateLimiter.SharedBuckets {

    /** How often an instance forgets full buckets of a kind. */
    static final Duration FORGET_EVERY = Duration.ofMinutes(10);

    @Inject
    RateLimitBuckets buckets;

    @Inject
    Clock clock;

    private final Map<String, Instant> forgotten = new ConcurrentHashMap<>();

    @Override
    public TokenBucket.Draw take(String kind, String key, int wanted, int perMinute, int burst) {
        Instant now = clock.instant();
        Instant last = forgotten.get(kind);
        if ((last == null || last.plus(FORGET_EVERY).isBefore(now)) && (last == null ? forgotten.putIfAbsent(kind, now) == null
                : forgotten.replace(kind, last, now))) {
            buckets.forgetCountedBefore(kind, now.minus(fullAfter(perMinute, burst)));
        }
        return buckets.take(kind, key, wanted, perMinute, burst, now);
    }

    @Override
    public double tokens(String kind, String key, int perMinute, int burst) {
        return buckets.tokens(kind, key, perMinute, burst, clock.instant());
    }

    /** A time after which an unused bucket is surely full again: an hour, or longer when it refills more slowly. */
    static Duration fullAfter(int perMinute, int burst) {
        return Duration.ofMinutes(Math.max(60, (burst + perMinute - 1) / perMinute + 1));
    }
}
