package app.loadwise.access;

import app.loadwise.access.internal.store.BrowserSessionRepository;
import app.loadwise.access.internal.store.UserAccount;
import app.loadwise.access.internal.store.UserAccountRepository;
import app.loadwise.domain.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser sign-ins: a random session token in an HttpOnly cookie, stored as its SHA-256 in the database so that
 * every instance of a cluster knows it (ADR 014), with a CSRF token for requests that change anything. A session
 * unused for {@code loadwise.session.idle-timeout} ends.
 */
@ApplicationScoped
@Transactional
public class BrowserSessions {

    /** The cookie holding the session token. */
    public static final String COOKIE = "loadwise_session";
    /** The header a cookie-authenticated write carries its CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** A session's last use is written at most this often. */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session found by its cookie: who it signs in, and its CSRF token. */
    public record Session(Caller caller, String csrfToken) {
    }

    /** A new session: the cookie's value and the CSRF token. */
    public record Started(String token, String csrfToken) {
    }

    @Inject
    BrowserSessionRepository sessions;

    @Inject
    UserAccountRepository users;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "loadwise.session.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Starts a session for a signed-in user, and forgets sessions that have been idle too long. */
    public Started start(Caller user) {
        Instant now = clock.instant();
        sessions.deleteIdleSince(now.minus(idleTimeout));
        String token = randomToken();
        String csrf = randomToken();
        sessions.insert(hash(token), user.userId(), csrf, now);
        return new Started(token, csrf);
    }

    /** The session of a cookie value, while it is fresh and its user enabled; it counts as a use. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<BrowserSessionRepository.StoredSession> stored = sessions.find(hash);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (stored.get().lastSeenAt().plus(idleTimeout).isBefore(now)) {
            sessions.delete(hash);
            return Optional.empty();
        }
        Optional<UserAccount> user = users.find(stored.get().userId()).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            sessions.delete(hash);
            return Optional.empty();
        }
        if (!stored.get().lastSeenAt().plus(TOUCH_EVERY).isAfter(now)) {
            sessions.touch(hash, now);
        }
        return Optional.of(new Session(Authenticator.callerOf(user.get()), stored.get().csrfToken()));
    }

    public void end(String token) {
        if (token != null && !token.isBlank() && token.length() <= 100) {
            sessions.delete(hash(token));
        }
    }

    /** True when a request's CSRF header matches the session's token, compared in constant time. */
    public static boolean csrfMatches(Session session, String header) {
        return header != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                header.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
