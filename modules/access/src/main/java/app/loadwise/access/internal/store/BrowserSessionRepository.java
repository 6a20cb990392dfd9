package app.loadwise.access.internal.store;

import app.loadwise.domain.common.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Signed-in browser sessions, by the hash of their cookie. */
@ApplicationScoped
public class BrowserSessionRepository {

    private static final InstantConverter INSTANTS = new InstantConverter();

    /** A stored session: whose it is, its CSRF token, and when it was last used. */
    public record StoredSession(long userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected BrowserSessionRepository() {
    }

    public BrowserSessionRepository(EntityManager em) {
        this.em = em;
    }

    public void insert(String tokenHash, long userId, String csrfToken, Instant now) {
        em.createNativeQuery("INSERT INTO browser_session (token_hash, user_id, csrf_token, created_at, last_seen_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?4)")
                .setParameter(1, tokenHash).setParameter(2, userId).setParameter(3, csrfToken)
                .setParameter(4, INSTANTS.convertToDatabaseColumn(now))
                .executeUpdate();
    }

    public Optional<StoredSession> find(String tokenHash) {
        return em.createNativeQuery("SELECT user_id, csrf_token, created_at, last_seen_at FROM browser_session WHERE token_hash = ?1")
                .setParameter(1, tokenHash).getResultList().stream().findFirst().map(row -> {
                    Object[] r = (Object[]) row;
                    return new StoredSession(((Number) r[0]).longValue(), (String) r[1], InstantConverter.fromColumn(r[2]), InstantConverter.fromColumn(r[3]));
                });
    }

    /** Notes a use of the session. */
    public void touch(String tokenHash, Instant now) {
        em.createNativeQuery("UPDATE browser_session SET last_seen_at = ?1 WHERE token_hash = ?2")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(now)).setParameter(2, tokenHash).executeUpdate();
    }

    public void delete(String tokenHash) {
        em.createNativeQuery("DELETE FROM browser_session WHERE token_hash = ?1").setParameter(1, tokenHash).executeUpdate();
    }

    /** Ends every session of a user (a new password, a disabled account). */
    public int deleteOfUser(long userId) {
        return em.createNativeQuery("DELETE FROM browser_session WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    /** Forgets sessions unused since {@code cutoff}. */
    public int deleteIdleSince(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM browser_session WHERE last_seen_at < ?1")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(cutoff)).executeUpdate();
    }
}
