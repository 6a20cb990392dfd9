package app.loadwise.access.internal.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The cluster's request limits: a {@link TokenBucket} per kind (API key, check-in link, sign-in) and key, kept under
 * the SHA-256 of both. A draw locks the bucket's row for its transaction, so two instances never take the same tokens.
 */
@ApplicationScoped
public class RateLimitBuckets {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected RateLimitBuckets() {
    }

    public RateLimitBuckets(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes up to {@code wanted} tokens from the bucket, in the caller's transaction (which holds the row's lock
     * until it ends). A bucket not stored yet starts full; when two instances start the same bucket at once, one of
     * them fails on the primary key and may simply try again.
     */
    public TokenBucket.Draw take(String kind, String key, int wanted, int perMinute, int burst, Instant now) {
        String id = id(kind, key);
        long millis = now.toEpochMilli();
        // an update first: it locks the row on H2 and PostgreSQL alike, on the transaction's own connection
        int locked = em.createNativeQuery("UPDATE rate_limit_bucket SET tokens = tokens WHERE bucket_key = ?1")
                .setParameter(1, id).executeUpdate();
        if (locked == 0) {
            TokenBucket.Draw draw = TokenBucket.full(burst, millis).take(wanted, millis, perMinute, burst);
            em.createNativeQuery("INSERT INTO rate_limit_bucket (bucket_key, kind, tokens, refilled_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, kind).setParameter(3, draw.after().tokens())
                    .setParameter(4, draw.after().refilledAt()).executeUpdate();
            return draw;
        }
        TokenBucket.Draw draw = read(id).orElseThrow().take(wanted, millis, perMinute, burst);
        em.createNativeQuery("UPDATE rate_limit_bucket SET tokens = ?1, refilled_at = ?2 WHERE bucket_key = ?3")
                .setParameter(1, draw.after().tokens()).setParameter(2, draw.after().refilledAt()).setParameter(3, id)
                .executeUpdate();
        return draw;
    }

    /** The tokens the bucket holds now (the whole burst when it is not stored), without taking any or locking it. */
    public double tokens(String kind, String key, int perMinute, int burst, Instant now) {
        long millis = now.toEpochMilli();
        return read(id(kind, key)).map(bucket -> bucket.refilled(millis, perMinute, burst).tokens()).orElse((double) burst);
    }

    /** Forgets the buckets of a kind last counted before {@code cutoff}: full again by then, as good as never stored. */
    public int forgetCountedBefore(String kind, Instant cutoff) {
        return em.createNativeQuery("DELETE FROM rate_limit_bucket WHERE kind = ?1 AND refilled_at < ?2")
                .setParameter(1, kind).setParameter(2, cutoff.toEpochMilli()).executeUpdate();
    }

    private Optional<TokenBucket> read(String id) {
        return em.createNativeQuery("SELECT tokens, refilled_at FROM rate_limit_bucket WHERE bucket_key = ?1")
                .setParameter(1, id).getResultList().stream().findFirst().map(row -> {
                    Object[] r = (Object[]) row;
                    return new TokenBucket(((Number) r[0]).doubleValue(), ((Number) r[1]).longValue());
                });
    }

    /** The stored key: the SHA-256 of the kind and the key, in hex. */
    static String id(String kind, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
