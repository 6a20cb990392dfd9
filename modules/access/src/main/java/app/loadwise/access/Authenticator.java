package app.loadwise.access;

import app.loadwise.access.internal.store.ApiKey;
import app.loadwise.access.internal.store.ApiKeyRepository;
import app.loadwise.access.internal.store.UserAccount;
import app.loadwise.access.internal.store.UserAccountRepository;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.access.Role;
import app.loadwise.domain.common.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the caller behind a username and password or an API key; an unknown, disabled or revoked one is nobody. */
@ApplicationScoped
public class Authenticator {

    /** A key's last-used time is written at most this often, so that a busy integration does not write per request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    UserAccountRepository users;

    @Inject
    ApiKeyRepository keys;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

    @Transactional
    public Optional<Caller> byPassword(String username, String password) {
        Optional<UserAccount> user;
        try {
            user = users.findByUsername(username);
        } catch (InvalidValueException notAUsername) {
            passwords.verifyNobody(password);
            return Optional.empty();
        }
        if (user.isEmpty() || !user.get().enabled()) {
            // As slow as a wrong password, so that timing does not tell which usernames exist.
            passwords.verifyNobody(password);
            return Optional.empty();
        }
        return user.filter(u -> passwords.verify(password, u.passwordHash())).map(Authenticator::callerOf);
    }

    @Transactional
    public Optional<Caller> byKey(String text) {
        return ApiKeyTokens.parse(text).flatMap(token -> keys.findByPublicId(token.publicId())
                .filter(key -> !key.revoked())
                .filter(key -> Hashes.same(key.secretHash(), token.secretHash()))
                .map(key -> {
                    touch(key);
                    return callerOf(key);
                }));
    }

    private void touch(ApiKey key) {
        Instant now = clock.instant();
        Instant last = touched.get(key.id());
        if (last == null || !last.plus(TOUCH_EVERY).isAfter(now)) {
            touched.put(key.id(), now);
            keys.touch(key.id(), now);
        }
    }

    /** A signed-in user as the caller. */
    static Caller callerOf(UserAccount user) {
        return new Caller(user.username(), user.role(), user.clubId(), null, user.id(), null);
    }

    /** An integration's API key as the caller. */
    static Caller callerOf(ApiKey key) {
        return new Caller("key:" + key.publicId(), Role.INTEGRATION, key.clubId(), key.scope(), null, key.id());
    }
}
