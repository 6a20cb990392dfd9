package app.loadwise.app.http;

import app.loadwise.domain.access.IdempotentRequests;
import app.loadwise.domain.access.IdempotentRequests.Kept;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Kept idempotent requests, each change in a transaction of its own. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    /** How long a kept answer is replayed. */
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** A first request still unanswered after this long is taken to have died with its instance. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @Inject
    IdempotentRequests requests;

    @Inject
    Clock clock;

    public Optional<Kept> find(String caller, String key) {
        return requests.find(caller, key).filter(kept -> kept.createdAt().isAfter(clock.instant().minus(KEPT_FOR)));
    }

    public void start(String caller, String key, String requestHash, String method, String path) {
        requests.forget(caller, key);
        requests.start(caller, key, requestHash, method, path, clock.instant());
    }

    public boolean abandoned(Kept kept) {
        return !kept.answered() && kept.createdAt().isBefore(clock.instant().minus(ABANDONED_AFTER));
    }

    public void answer(String caller, String key, int status, String contentType, String location, String body) {
        requests.answer(caller, key, status, contentType, location, body);
    }

    public void forget(String caller, String key) {
        requests.forget(caller, key);
    }

    public int purgeExpired() {
        return requests.forgetOlderThan(clock.instant().minus(KEPT_FOR));
    }
}
