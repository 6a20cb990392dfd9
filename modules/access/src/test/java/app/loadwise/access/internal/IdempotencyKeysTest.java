package app.loadwise.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.access.internal.store.IdempotentRequests.Kept;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static IdempotencyKeys keys() {
        IdempotencyKeys keys = new IdempotencyKeys();
        keys.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return keys;
    }

    private static Kept kept(Integer status, Instant createdAt) {
        return new Kept("hash", "POST", "/clubs", status, null, null, null, createdAt);
    }

    @Test
    void tellsARivalsKeyFromAnOutage() {
        RollbackException taken = new RollbackException("commit failed");
        taken.initCause(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(IdempotencyKeys.isDuplicateKey(taken)).isTrue();
        assertThat(IdempotencyKeys.isDuplicateKey(new SQLException("refused", "08001"))).isFalse();
        assertThat(IdempotencyKeys.isDuplicateKey(new IllegalStateException("no idea"))).isFalse();
    }

    @Test
    void anAnswerCountsForADayAndAnUnansweredRequestForFiveMinutes() {
        IdempotencyKeys keys = keys();
        assertThat(keys.abandoned(kept(201, NOW.minusSeconds(23 * 3600)))).isFalse();
        assertThat(keys.abandoned(kept(201, NOW.minusSeconds(25 * 3600)))).isTrue();
        assertThat(keys.abandoned(kept(null, NOW.minusSeconds(4 * 60)))).as("still running").isFalse();
        assertThat(keys.abandoned(kept(null, NOW.minusSeconds(6 * 60)))).as("died with its instance").isTrue();
    }
}
