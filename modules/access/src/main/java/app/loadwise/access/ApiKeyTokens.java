package app.loadwise.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API key format: {@code lw_<public id>_<secret>}, a 12-character public id that names the key in lists and
 * logs, and 32 random bytes of secret (base64url). Only a SHA-256 hash of the secret is stored.
 */
public final class ApiKeyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final Pattern TOKEN = Pattern.compile("lw_([a-z2-9]{12})_([A-Za-z0-9_-]{43})");

    /** A parsed or freshly issued key. */
    public record Token(String publicId, String secret) {

        public String text() {
            return "lw_" + publicId + "_" + secret;
        }

        public String secretHash() {
            return Hashes.sha256Hex(secret);
        }
    }

    private ApiKeyTokens() {
    }

    public static Token issue() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new Token(new String(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public static Optional<Token> parse(String text) {
        Matcher m = TOKEN.matcher(text == null ? "" : text.strip());
        return m.matches() ? Optional.of(new Token(m.group(1), m.group(2))) : Optional.empty();
    }
}
