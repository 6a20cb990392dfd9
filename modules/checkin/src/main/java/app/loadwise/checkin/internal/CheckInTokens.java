package app.loadwise.checkin.internal;

import app.loadwise.access.Hashes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The tokens of check-in links, reminders and unsubscribe links: 256 random bits, URL-safe Base64 without padding
 * (43 characters). Only their SHA-256 is stored, so a copy of the database opens no check-in.
 */
public final class CheckInTokens {

    /** Random bytes per token. */
    static final int BYTES = 32;

    /** What a token looks like; anything else is refused before the database is asked. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the text has the shape of a token (it may still be unknown). */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    public static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
