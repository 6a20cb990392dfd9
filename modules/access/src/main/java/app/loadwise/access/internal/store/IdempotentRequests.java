package app.loadwise.access.internal.store;

import app.loadwise.domain.common.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Responses kept per caller and Idempotency-Key, so that a repeated creating request is answered, not repeated. */
@ApplicationScoped
public class IdempotentRequests {

    private static final InstantConverter INSTANTS = new InstantConverter();

    /** A kept request; {@code status} is null while the first request is still being answered. */
    public record Kept(String requestHash, String method, String path, Integer status, String contentType,
            String location, String body, Instant createdAt) {

        public boolean answered() {
            return status != null;
        }
    }

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected IdempotentRequests() {
    }

    public IdempotentRequests(EntityManager em) {
        this.em = em;
    }

    public Optional<Kept> find(String credentialHash, String key) {
        List<?> rows = em.createNativeQuery("SELECT request_hash, method, path, status, content_type, location, body, created_at "
                        + "FROM idempotent_request WHERE credential_hash = ?1 AND idempotency_key = ?2")
                .setParameter(1, credentialHash).setParameter(2, key).getResultList();
        return rows.stream().map(row -> {
            Object[] cells = (Object[]) row;
            return new Kept((String) cells[0], (String) cells[1], (String) cells[2],
                    cells[3] == null ? null : ((Number) cells[3]).intValue(), (String) cells[4], (String) cells[5],
                    (String) cells[6], InstantConverter.fromColumn(cells[7]));
        }).findFirst();
    }

    /**
     * Records that a request with this key has started. Fails with a persistence exception when the same caller
     * started one with this key at the same moment; call it in a transaction of its own.
     */
    public void start(String credentialHash, String key, String requestHash, String method, String path, Instant at) {
        em.createNativeQuery("INSERT INTO idempotent_request (credential_hash, idempotency_key, request_hash, method, path, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, credentialHash).setParameter(2, key).setParameter(3, requestHash).setParameter(4, method)
                .setParameter(5, path).setParameter(6, INSTANTS.convertToDatabaseColumn(at)).executeUpdate();
    }

    public void answer(String credentialHash, String key, int status, String contentType, String location, String body) {
        em.createNativeQuery("UPDATE idempotent_request SET status = ?1, content_type = ?2, location = ?3, body = ?4 "
                        + "WHERE credential_hash = ?5 AND idempotency_key = ?6")
                .setParameter(1, status).setParameter(2, contentType).setParameter(3, location).setParameter(4, body)
                .setParameter(5, credentialHash).setParameter(6, key).executeUpdate();
    }

    /** Forgets a request that did not complete, so that it can be sent again with the same key. */
    public void forget(String credentialHash, String key) {
        em.createNativeQuery("DELETE FROM idempotent_request WHERE credential_hash = ?1 AND idempotency_key = ?2")
                .setParameter(1, credentialHash).setParameter(2, key).executeUpdate();
    }

    /** Forgets the request with this key only if it is still the one started at {@code createdAt}. */
    public void forgetStarted(String credentialHash, String key, Instant createdAt) {
        em.createNativeQuery("DELETE FROM idempotent_request WHERE credential_hash = ?1 AND idempotency_key = ?2 AND created_at = ?3")
                .setParameter(1, credentialHash).setParameter(2, key)
                .setParameter(3, INSTANTS.convertToDatabaseColumn(createdAt)).executeUpdate();
    }

    public int forgetOlderThan(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ?1")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(cutoff)).executeUpdate();
    }
}
