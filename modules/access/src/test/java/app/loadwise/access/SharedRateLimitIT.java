package app.loadwise.access;

import app.loadwise.access.internal.store.RateLimitBuckets;
import app.loadwise.access.internal.store.TokenBucket;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two limiters, each with its own persistence unit and connections as two instances of a cluster have, drawing from
 * the buckets of one database (PostgreSQL, and H2 as the embedded default) at the same time.
 */
class SharedRateLimitIT {

    private final List<EntityManagerFactory> units = new ArrayList<>();

    @AfterEach
    void close() {
        units.forEach(EntityManagerFactory::close);
    }

    /** One instance's shared buckets: the production repository in a transaction of its own per draw. */
    private RateLimiter.SharedBuckets instanceOn(DataSource database, AtomicInteger takes) {
        EntityManagerFactory unit = TestDatabases.entityManagerFactory(database);
        units.add(unit);
        return new RateLimiter.SharedBuckets() {
            @Override
            public TokenBucket.Draw take(String kind, String key, int wanted, int perMinute, int burst) {
                takes.incrementAndGet();
                return TestDatabases.inTransaction(unit, em -> new RateLimitBuckets(em).take(kind, key, wanted, perMinute, burst, Instant.now()));
            }

            @Override
            public double tokens(String kind, String key, int perMinute, int burst) {
                return TestDatabases.inTransaction(unit, em -> new RateLimitBuckets(em).tokens(kind, key, perMinute, burst, Instant.now()));
            }
        };
    }

    private static RateLimiter limiter(RateLimiter.SharedBuckets shared, int perMinute, int burst, int block) {
        RateLimiter limiter = new RateLimiter();
        limiter.shared = shared;
        limiter.perMinute = perMinute;
        limiter.burst = burst;
        limiter.block = block;
        limiter.checkInPerMinute = 20;
        limiter.checkInBurst = 5;
        return limiter;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoInstancesHammeringOneKeyTogetherNeverGrantMoreThanTheLimit(Kind kind) throws Exception {
        DataSource database = TestDatabases.freshMigrated(kind);
        AtomicInteger takes = new AtomicInteger();
        int perMinute = 120;
        int burst = 40;
        List<RateLimiter> cluster = List.of(limiter(instanceOn(database, takes), perMinute, burst, 5),
                limiter(instanceOn(database, takes), perMinute, burst, 5));
        AtomicInteger granted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        long end = start + 3_000_000_000L;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                RateLimiter instance = cluster.get(c % 2);
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        RateLimiter.Decision decision = instance.draw("key:1", System.nanoTime());
                        (decision.allowed() ? granted : refused).incrementAndGet();
                        if (!decision.allowed()) {
                            assertThat(decision.retryAfterSeconds()).isPositive();
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double limit = burst + seconds * perMinute / 60.0;
        assertThat((double) granted.get()).as("granted in %.1f s by both instances, limit %.1f", seconds, limit)
                .isLessThanOrEqualTo(limit)
                .isGreaterThanOrEqualTo(burst);
        assertThat(refused.get()).isPositive();
        assertThat(takes.get()).as("draws that went to the database").isLessThan(granted.get() + refused.get());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void checkInLinksAndFailedSignInsAreCountedOnceForBoth(Kind kind) {
        DataSource database = TestDatabases.freshMigrated(kind);
        AtomicInteger takes = new AtomicInteger();
        RateLimiter a = limiter(instanceOn(database, takes), 600, 120, 10);
        RateLimiter b = limiter(instanceOn(database, takes), 600, 120, 10);
        int opened = 0;
        for (int i = 0; i < 10; i++) {
            opened += (i % 2 == 0 ? a : b).drawCheckIn("f".repeat(64), System.nanoTime()).allowed() ? 1 : 0;
        }
        assertThat(opened).as("a burst of 5 for the link, not 5 per instance").isEqualTo(5);

        String signIn = "anna\n127.0.0.1";
        for (int i = 0; i < RateLimiter.FAILED_SIGN_IN_BURST; i++) {
            RateLimiter instance = i % 2 == 0 ? a : b;
            assertThat(instance.signInsBlocked(signIn, System.nanoTime())).as("failed sign-in %d", i).isFalse();
            instance.failedSignIn(signIn, System.nanoTime());
        }
        assertThat(a.signInsBlocked(signIn, System.nanoTime())).isTrue();
        assertThat(b.signInsBlocked(signIn, System.nanoTime())).isTrue();
        assertThat(b.signInsBlocked("ben\n127.0.0.1", System.nanoTime())).isFalse();
    }
}
