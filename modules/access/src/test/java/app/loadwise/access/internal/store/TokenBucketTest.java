package app.loadwise.access.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBucketTest {

    private static final long T0 = 1_800_000_000_000L;

    @Test
    void aNewBucketGivesTheWholeBurstThenNothing() {
        TokenBucket.Draw first = TokenBucket.full(3, T0).take(2, T0, 60, 3);
        assertThat(first.granted()).isEqualTo(2);
        assertThat(first.after().tokens()).isEqualTo(1.0);
        TokenBucket.Draw second = first.after().take(2, T0, 60, 3);
        assertThat(second.granted()).as("fewer than wanted when fewer are there").isEqualTo(1);
        TokenBucket.Draw third = second.after().take(1, T0, 60, 3);
        assertThat(third.granted()).isZero();
        assertThat(third.retryAfterSeconds()).as("one token a second at 60 a minute").isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            // tokens, per minute, seconds to wait for one token
            "0.0,  60,  1",
            "0.0,  20,  3",
            "0.5,  20,  2",
            "0.99, 600, 1",
            "0.0,  1,   60",
    })
    void saysHowLongUntilTheNextToken(double tokens, int perMinute, long seconds) {
        TokenBucket.Draw refused = new TokenBucket(tokens, T0).take(1, T0, perMinute, 10);
        assertThat(refused.granted()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(seconds);
    }

    @Test
    void refillsAtTheRatePerMinuteUpToTheBurst() {
        TokenBucket empty = new TokenBucket(0, T0);
        assertThat(empty.refilled(T0 + 500, 60, 3).tokens()).isCloseTo(0.5, within(1e-9));
        assertThat(empty.refilled(T0 + 2_000, 60, 3).tokens()).isCloseTo(2.0, within(1e-9));
        assertThat(empty.refilled(T0 + 3_600_000, 60, 3).tokens()).isEqualTo(3.0);
        assertThat(empty.refilled(T0 + 2_000, 60, 3).refilledAt()).isEqualTo(T0 + 2_000);
        assertThat(empty.take(1, T0 + 999, 60, 3).granted()).isZero();
        assertThat(empty.take(1, T0 + 1_000, 60, 3).granted()).isEqualTo(1);
    }

    @Test
    void aClockBehindTheLastCountAddsNothing() {
        TokenBucket counted = new TokenBucket(1.5, T0);
        TokenBucket behind = counted.refilled(T0 - 60_000, 60, 3);
        assertThat(behind).as("another instance's clock a minute behind").isEqualTo(counted);
        TokenBucket.Draw draw = counted.take(1, T0 - 60_000, 60, 3);
        assertThat(draw.after()).isEqualTo(new TokenBucket(0.5, T0));
        assertThat(draw.after().refilled(T0 + 500, 60, 3).tokens()).as("refills from the latest count only").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void neverGivesMoreThanTheBurstPlusTheRefillWhateverTheDrawSizes() {
        int perMinute = 600;
        int burst = 120;
        TokenBucket bucket = TokenBucket.full(burst, T0);
        long granted = 0;
        java.util.Random random = new java.util.Random(19);
        long now = T0;
        for (int i = 0; i < 10_000; i++) {
            now += random.nextInt(50);
            TokenBucket.Draw draw = bucket.take(1 + random.nextInt(12), now, perMinute, burst);
            granted += draw.granted();
            bucket = draw.after();
        }
        double allowed = burst + (now - T0) * perMinute / 60_000.0;
        assertThat((double) granted).isLessThanOrEqualTo(allowed).isGreaterThan(allowed - 1);
    }
}
