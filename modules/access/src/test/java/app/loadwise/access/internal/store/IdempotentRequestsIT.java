package app.loadwise.access.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.loadwise.access.internal.IdempotencyKeys;
import app.loadwise.access.internal.store.IdempotentRequests.Kept;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The answers kept per caller and Idempotency-Key on PostgreSQL and H2 (the embedded default). */
class IdempotentRequestsIT {

    private static final Instant STARTED = Instant.parse("2026-12-07T12:00:00Z");

    private EntityManagerFactory unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    private void change(Consumer<IdempotentRequests> work) {
        TestDatabases.inTransaction(unit, em -> {
            work.accept(new IdempotentRequests(em));
            return null;
        });
    }

    private Optional<Kept> find(String caller, String key) {
        return TestDatabases.inTransaction(unit, em -> new IdempotentRequests(em).find(caller, key));
    }

    private void start(String caller, String key, Instant at) {
        change(requests -> requests.start(caller, key, "request-hash", "POST", "/clubs/1/athletes", at));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsTheAnswerOfARequestStartedOnce(Kind kind) {
        unit = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        start("caller", "key-1", STARTED);
        Kept running = find("caller", "key-1").orElseThrow();
        assertThat(running.answered()).isFalse();
        assertThat(running.createdAt()).isEqualTo(STARTED);

        Throwable rival = catchThrowable(() -> start("caller", "key-1", STARTED.plusSeconds(1)));
        assertThat(rival).as("a second start of the same key").isNotNull();
        assertThat(IdempotencyKeys.isDuplicateKey(rival)).as("told apart from an outage: %s", rival).isTrue();
        start("another caller", "key-1", STARTED);

        change(requests -> requests.answer("caller", "key-1", 201, "application/json", "http://host/api/v1/athletes/1", "{\"id\":1}"));
        assertThat(find("caller", "key-1")).contains(new Kept("request-hash", "POST", "/clubs/1/athletes", 201,
                "application/json", "http://host/api/v1/athletes/1", "{\"id\":1}", STARTED));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void forgetsOnlyWhatItIsAskedTo(Kind kind) {
        unit = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        start("caller", "old", STARTED.minusSeconds(25 * 3600));
        start("caller", "new", STARTED);
        start("caller", "mine", STARTED);

        change(requests -> requests.forgetStarted("caller", "mine", STARTED.minusSeconds(1)));
        assertThat(find("caller", "mine")).as("a row started at another moment stays").isPresent();
        change(requests -> requests.forgetStarted("caller", "mine", STARTED));
        assertThat(find("caller", "mine")).isEmpty();

        int expired = TestDatabases.inTransaction(unit, em -> new IdempotentRequests(em).forgetOlderThan(STARTED.minusSeconds(24 * 3600)));
        assertThat(expired).isEqualTo(1);
        assertThat(find("caller", "old")).isEmpty();
        assertThat(find("caller", "new")).isPresent();
        change(requests -> requests.forget("caller", "new"));
        assertThat(find("caller", "new")).isEmpty();
    }
}
