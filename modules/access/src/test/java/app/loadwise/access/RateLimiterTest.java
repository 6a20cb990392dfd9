package app.loadwise.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final RateLimiter limiter = limiter(60, 3);

    private static RateLimiter limiter(int perMinute, int burst) {
        RateLimiter limiter = new RateLimiter();
        limiter.perMinute = perMinute;
        limiter.burst = burst;
        limiter.checkInPerMinute = 20;
        limiter.checkInBurst = 2;
        return limiter;
    }

    @Test
    void eachCheckInTokenHasABucketOfItsOwnApartFromApiKeys() {
        assertThat(limiter.drawCheckIn("hash-a", 0).allowed()).isTrue();
        assertThat(limiter.drawCheckIn("hash-a", 0).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.drawCheckIn("hash-a", 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(20);
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
        assertThat(limiter.drawCheckIn("hash-b", 0).allowed()).isTrue();
        assertThat(limiter.draw("hash-a", 0).allowed()).as("an API key of the same name draws from its own bucket").isTrue();
        assertThat(limiter.drawCheckIn("hash-a", 3 * SECOND).allowed()).isTrue();
    }

    @Test
    void allowsABurstThenRefusesWithTheWait() {
        assertThat(limiter.draw("key:1", 0).remaining()).isEqualTo(2);
        assertThat(limiter.draw("key:1", 0).allowed()).isTrue();
        assertThat(limiter.draw("key:1", 0).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.draw("key:1", 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsAtTheRatePerMinute() {
        for (int i = 0; i < 3; i++) {
            limiter.draw("key:1", 0);
        }
        assertThat(limiter.draw("key:1", SECOND / 2).allowed()).isFalse();
        assertThat(limiter.draw("key:1", SECOND).allowed()).isTrue();
        assertThat(limiter.draw("key:1", SECOND).allowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        limiter.draw("key:1", 0);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.draw("key:1", 3600 * SECOND).allowed()).isTrue();
        }
        assertThat(limiter.draw("key:1", 3600 * SECOND).allowed()).isFalse();
    }

    @Test
    void keepsABucketPerCaller() {
        for (int i = 0; i < 3; i++) {
            limiter.draw("key:1", 0);
        }
        assertThat(limiter.draw("key:1", 0).allowed()).isFalse();
        assertThat(limiter.draw("user:9", 0).allowed()).isTrue();
    }

    @Test
    void blocksAUsernameAfterItsFailedSignInsUntilTheyRefill() {
        for (int i = 0; i < RateLimiter.FAILED_SIGN_IN_BURST; i++) {
            assertThat(limiter.signInsBlocked("anna", 0)).isFalse();
            limiter.failedSignIn("anna", 0);
        }
        assertThat(limiter.signInsBlocked("anna", 0)).isTrue();
        assertThat(limiter.signInsBlocked("ben", 0)).isFalse();
        assertThat(limiter.signInsBlocked("anna", 6 * SECOND)).as("one more after 6 s at 10 a minute").isFalse();
    }

    @Test
    void keepsUsedBucketsAndDropsFullOnesWhenThereAreTooMany() {
        java.util.Map<String, RateLimiter.Bucket> many = new java.util.HashMap<>();
        for (int i = 0; i <= RateLimiter.MAX_BUCKETS; i++) {
            many.put("user-" + i, new RateLimiter.Bucket(RateLimiter.FAILED_SIGN_IN_BURST, 0));
        }
        many.put("anna", new RateLimiter.Bucket(RateLimiter.FAILED_SIGN_IN_BURST, 0));
        many.get("anna").draw(0, RateLimiter.FAILED_SIGN_INS_PER_MINUTE, RateLimiter.FAILED_SIGN_IN_BURST);
        RateLimiter.trim(many, 0, RateLimiter.FAILED_SIGN_INS_PER_MINUTE, RateLimiter.FAILED_SIGN_IN_BURST);
        assertThat(many).as("only the bucket that was drawn from is kept").containsOnlyKeys("anna");
    }
}
