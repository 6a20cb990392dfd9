package app.loadwise.access;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password hashes with Jakarta Security's PBKDF2 (HMAC-SHA256, 210,000 iterations, 32-byte salt). Checking a hash
 * takes about a tenth of a second by design; a correct password is then remembered for a few minutes, keyed by the
 * stored hash, so that HTTP Basic clients are not slowed on every request and a password change ends it at once.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private volatile String nobody;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** The hash to store for a new password; rejects a weak one, naming the field. */
    public String hash(String password, String username, String field) {
        requireAcceptable(password, username, field);
        return hash.generate(password.toCharArray());
    }

    public static void requireAcceptable(String password, String username, String field) {
        InvalidValueException.require(password != null && !password.isEmpty(), field, field + " is required");
        InvalidValueException.require(password.length() >= MIN_LENGTH, field,
                field + " must be at least " + MIN_LENGTH + " characters; a passphrase of a few words works well");
        InvalidValueException.require(password.length() <= MAX_LENGTH, field, field + " must be at most " + MAX_LENGTH + " characters");
        InvalidValueException.require(username == null || !password.equalsIgnoreCase(username), field,
                field + " must not be the username");
    }

    /** Spends the time of one hash check on a password that matches nobody. */
    public void verifyNobody(String password) {
        if (nobody == null) {
            nobody = hash.generate("no user has this password".toCharArray());
        }
        hash.verify(password.toCharArray(), nobody);
    }

    public boolean verify(String password, String storedHash) {
        String key = Hashes.sha256Hex(storedHash + '\u0000' + password);
        Instant now = clock.instant();
        Instant until = verified.get(key);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        boolean matches = hash.verify(password.toCharArray(), storedHash);
        if (matches) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.entrySet().removeIf(e -> !e.getValue().isAfter(now));
                if (verified.size() >= MAX_REMEMBERED) {
                    verified.clear();
                }
            }
            verified.put(key, now.plus(REMEMBERED));
        }
        return matches;
    }
}
