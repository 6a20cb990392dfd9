package app.loadwise.access.internal.store;

import app.loadwise.domain.common.InstantConverter;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Integration API keys of the clubs. */
@ApplicationScoped
public class ApiKeyRepository {

    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ApiKeyRepository() {
    }

    public ApiKeyRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ApiKey> find(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    public ApiKey get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("API key", id));
    }

    public Optional<ApiKey> findByPublicId(String publicId) {
        return em.createQuery("select k from ApiKey k where k.publicId = :id", ApiKey.class)
                .setParameter("id", publicId).getResultList().stream().findFirst();
    }

    public ApiKey store(ApiKey key) {
        ApiKey stored;
        if (key.id() == null) {
            em.persist(key);
            stored = key;
        } else {
            stored = em.merge(key);
        }
        em.flush();
        return stored;
    }

    /** A club's keys, newest first, revoked ones included. */
    public Page<ApiKey> list(long clubId, PageRequest page) {
        long total = em.createQuery("select count(k) from ApiKey k where k.clubId = :club", Long.class)
                .setParameter("club", clubId).getSingleResult();
        var items = em.createQuery("select k from ApiKey k where k.clubId = :club order by k.createdAt desc, k.id desc", ApiKey.class)
                .setParameter("club", clubId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    /** Records use without loading the key or touching its other columns. */
    public void touch(long id, Instant at) {
        em.createNativeQuery("UPDATE api_key SET last_used_at = ?1 WHERE id = ?2")
                .setParameter(1, INSTANTS.convertToDatabaseColumn(at)).setParameter(2, id).executeUpdate();
    }
}
