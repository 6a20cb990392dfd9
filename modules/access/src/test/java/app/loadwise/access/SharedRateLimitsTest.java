package app.loadwise.access;

import app.loadwise.access.internal.store.TokenBucket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Limiters drawing tokens in blocks from shared buckets (here in memory, as the database keeps them). */
class SharedRateLimitsTest {

    private static final long SECOND = 1_000_000_000L;

    /** The shared buckets in memory, counted at the time the test sets. */
    static final class Buckets implements RateLimiter.SharedBuckets {
        final Map<String, TokenBucket> stored = new HashMap<>();
        long nowMillis;
        int takes;
        boolean down;

        void at(long nanos) {
            nowMillis = nanos / 1_000_000;
        }

        @Override
        public synchronized TokenBucket.Draw take(String kind, String key, int wanted, int perMinute, int burst) {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
            takes++;
            TokenBucket.Draw draw = stored.getOrDefault(kind + "\n" + key, TokenBucket.full(burst, nowMillis))
                    .take(wanted, nowMillis, perMinute, burst);
            stored.put(kind + "\n" + key, draw.after());
            return draw;
        }

        @Override
        public synchronized double tokens(String kind, String key, int perMinute, int burst) {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
            TokenBucket bucket = stored.get(kind + "\n" + key);
            return bucket == null ? burst : bucket.refilled(nowMillis, perMinute, burst).tokens();
        }
    }

    private static RateLimiter limiter(Buckets shared, int perMinute, int burst, int block) {
        RateLimiter limiter = new RateLimiter();
        limiter.shared = shared;
        limiter.perMinute = perMinute;
        limiter.burst = burst;
        limiter.block = block;
        limiter.checkInPerMinute = 20;
        limiter.checkInBurst = 2;
        return limiter;
    }

    @Test
    void aSingleInstanceGrantsWhatItsOwnBucketWouldWithTheSameHeadersAndWaits() {
        Buckets shared = new Buckets();
        RateLimiter clustered = limiter(shared, 60, 5, 3);
        RateLimiter alone = limiter(null, 60, 5, 3);
        Random random = new Random(19);
        long now = 0;
        for (int i = 0; i < 5_000; i++) {
            if (random.nextInt(4) == 0) {
                now += random.nextInt(random.nextBoolean() ? 3 : 20) * SECOND;
            }
            shared.at(now);
            String key = "key:" + random.nextInt(3);
            assertThat(clustered.draw(key, now)).as("draw %d of %s at %d s", i, key, now / SECOND).isEqualTo(alone.draw(key, now));
        }
        assertThat(shared.takes).as("most draws spend tokens held by the instance").isLessThan(5_000 / 2);
    }

    @Test
    void twoInstancesTogetherGrantTheBurstThenTheRefillOnly() {
        Buckets shared = new Buckets();
        List<RateLimiter> instances = List.of(limiter(shared, 60, 10, 3), limiter(shared, 60, 10, 3));
        int granted = 0;
        for (int i = 0; i < 40; i++) {
            granted += instances.get(i % 2).draw("key:1", 0).allowed() ? 1 : 0;
        }
        assertThat(granted).as("the burst of 10, not 10 per instance").isEqualTo(10);
        long now = 0;
        for (int i = 0; i < 600; i++) {
            now += SECOND / 10;
            shared.at(now);
            granted += instances.get(i % 2).draw("key:1", now).allowed() ? 1 : 0;
        }
        assertThat(granted).as("the burst and one a second for 60 s").isBetween(10 + 60 - 2 * 2, 10 + 60);
    }

    @Test
    void manyInstancesNeverGrantMoreThanTheLimitPlusWhatTheyHold() {
        Buckets shared = new Buckets();
        int instances = 5;
        int block = 4;
        List<RateLimiter> cluster = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            cluster.add(limiter(shared, 600, 120, block));
        }
        Random random = new Random(7);
        long now = 0;
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            now += random.nextInt(3_000_000);
            shared.at(now);
            if (cluster.get(random.nextInt(instances)).draw("key:1", now).allowed()) {
                grants.add(now);
            }
        }
        // in every window of 10 s: at most the burst, the window's refill, and the tokens held when it began
        for (int first = 0; first < grants.size(); first += 97) {
            long start = grants.get(first);
            long inWindow = grants.stream().filter(t -> t >= start && t < start + 10 * SECOND).count();
            assertThat(inWindow).isLessThanOrEqualTo(120 + 100 + instances * (block - 1));
        }
        double limit = 120 + now * (600 / 60e9);
        assertThat((double) grants.size()).as("over the whole run").isLessThanOrEqualTo(limit).isGreaterThan(limit * 0.95);
    }

    @Test
    void aCheckInLinkHasOneBucketForTheCluster() {
        Buckets shared = new Buckets();
        RateLimiter a = limiter(shared, 60, 3, 3);
        RateLimiter b = limiter(shared, 60, 3, 3);
        assertThat(a.drawCheckIn("hash-a", 0).allowed()).isTrue();
        assertThat(b.drawCheckIn("hash-a", 0).allowed()).isTrue();
        RateLimiter.Decision refused = a.drawCheckIn("hash-a", 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
        assertThat(b.drawCheckIn("hash-a", 0).allowed()).isFalse();
        assertThat(b.drawCheckIn("hash-b", 0).allowed()).isTrue();
        assertThat(a.draw("hash-a", 0).allowed()).as("an API key of the same name draws from its own bucket").isTrue();
    }

    @Test
    void failedSignInsOnAnyInstanceCountForAll() {
        Buckets shared = new Buckets();
        RateLimiter a = limiter(shared, 60, 3, 3);
        RateLimiter b = limiter(shared, 60, 3, 3);
        for (int i = 0; i < RateLimiter.FAILED_SIGN_IN_BURST; i++) {
            RateLimiter instance = i % 2 == 0 ? a : b;
            assertThat(instance.signInsBlocked("anna", 0)).isFalse();
            instance.failedSignIn("anna", 0);
        }
        assertThat(a.signInsBlocked("anna", 0)).isTrue();
        assertThat(b.signInsBlocked("anna", 0)).isTrue();
        assertThat(b.signInsBlocked("ben", 0)).isFalse();
        shared.at(6 * SECOND);
        assertThat(b.signInsBlocked("anna", 6 * SECOND)).as("one more after 6 s at 10 a minute").isFalse();
    }

    @Test
    void limitsOnItsOwnWhileTheSharedBucketsCannotBeReached() {
        Buckets shared = new Buckets();
        shared.down = true;
        RateLimiter limiter = limiter(shared, 60, 3, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.draw("key:1", 0).allowed()).isTrue();
        }
        assertThat(limiter.draw("key:1", 0).allowed()).isFalse();
        assertThat(limiter.drawCheckIn("hash-a", 0).allowed()).isTrue();
        for (int i = 0; i < RateLimiter.FAILED_SIGN_IN_BURST; i++) {
            limiter.failedSignIn("anna", 0);
        }
        assertThat(limiter.signInsBlocked("anna", 0)).isTrue();
        shared.down = false;
        assertThat(limiter.draw("key:2", 0).allowed()).as("the shared buckets again once they answer").isTrue();
        assertThat(shared.takes).isEqualTo(1);
    }
}
