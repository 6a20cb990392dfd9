package app.loadwise.domain.athlete;

import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The athletes of all clubs. */
@ApplicationScoped
public class AthleteRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected AthleteRepository() {
    }

    public AthleteRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Athlete> find(long id) {
        return Optional.ofNullable(em.find(Athlete.class, id));
    }

    public Athlete get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("athlete", id));
    }

    public Optional<Athlete> findByMemberId(long clubId, String memberId) {
        return em.createQuery("select a from Athlete a where a.clubId = :club and a.memberId = :member", Athlete.class)
                .setParameter("club", clubId).setParameter("member", memberId.strip())
                .getResultStream().findFirst();
    }

    public Athlete store(Athlete athlete) {
        // Written at once: rows of other aggregates refer to this one by id only, and the version must be final.
        Athlete stored = athlete.id() == null ? persist(athlete) : em.merge(athlete);
        em.flush();
        return stored;
    }

    public Page<Athlete> ofClub(long clubId, Boolean active, PageRequest page) {
        String filter = active == null ? "" : " and a.active = :active";
        var count = em.createQuery("select count(a) from Athlete a where a.clubId = :club" + filter, Long.class)
                .setParameter("club", clubId);
        var select = em.createQuery("select a from Athlete a where a.clubId = :club" + filter + " order by a.name, a.id",
                Athlete.class).setParameter("club", clubId);
        if (active != null) {
            count.setParameter("active", active);
            select.setParameter("active", active);
        }
        List<Athlete> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    public long countInClub(long clubId) {
        return em.createQuery("select count(a) from Athlete a where a.clubId = :club", Long.class)
                .setParameter("club", clubId).getSingleResult();
    }

    /** The athletes with the given ids, in one query. */
    public List<Athlete> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("select a from Athlete a where a.id in :ids order by a.id", Athlete.class)
                        .setParameter("ids", ids).getResultList();
    }

    /** Ids of the active athletes, of one club or all, in ascending order. */
    public List<Long> activeIds(Long clubId) {
        var query = em.createQuery("select a.id from Athlete a where a.active = true"
                + (clubId == null ? "" : " and a.clubId = :club") + " order by a.id", Long.class);
        if (clubId != null) {
            query.setParameter("club", clubId);
        }
        return query.getResultList();
    }

    /** Up to {@code limit} active athletes with ids above {@code afterId} and at most {@code lastId}, ordered by id. */
    public List<Athlete> activeAfter(Long clubId, long afterId, long lastId, int limit) {
        var query = em.createQuery("select a from Athlete a where a.active = true and a.id > :after and a.id <= :last"
                        + (clubId == null ? "" : " and a.clubId = :club") + " order by a.id", Athlete.class)
                .setParameter("after", afterId).setParameter("last", lastId);
        if (clubId != null) {
            query.setParameter("club", clubId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    private Athlete persist(Athlete athlete) {
        em.persist(athlete);
        return athlete;
    }
}
