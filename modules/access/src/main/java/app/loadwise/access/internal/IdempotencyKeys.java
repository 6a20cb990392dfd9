package app.loadwise.access.internal;

import app.loadwise.access.internal.store.IdempotentRequests.Kept;
import app.loadwise.access.internal.store.IdempotentRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
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

    /** The kept request for the key, expired ones included ({@link #abandoned} tells them apart). */
    public Optional<Kept> find(String caller, String key) {
        return requests.find(caller, key);
    }

    /**
     * Records the start of a first request. {@code stale} is an expired or abandoned row seen for the key, removed
     * only if it is still that row; a rival's fresh row makes the insert fail on the primary key.
     */
    public void start(String caller, String key, Kept stale, String requestHash, String method, String path) {
        if (stale != null) {
            requests.forgetStarted(caller, key, stale.createdAt());
        }
        requests.start(caller, key, requestHash, method, path, clock.instant());
    }

    /** True when {@link #start} failed on a key a rival took first: SQLState class 23, as PostgreSQL and H2 report it. */
    public static boolean isDuplicateKey(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** True for a kept request that no longer counts: expired, or never answered and taken to have died. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean abandoned(Kept kept) {
        return kept.createdAt().isBefore(clock.instant().minus(KEPT_FOR))
                || !kept.answered() && kept.createdAt().isBefore(clock.instant().minus(ABANDONED_AFTER));
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
