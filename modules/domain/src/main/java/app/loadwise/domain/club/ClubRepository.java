package app.loadwise.domain.club;

import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The clubs. */
@ApplicationScoped
public class ClubRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ClubRepository() {
    }

    public ClubRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Club> find(long id) {
        return Optional.ofNullable(em.find(Club.class, id));
    }

    public Club get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("club", id));
    }

    public Club store(Club club) {
        // Written at once: rows of other aggregates refer to this one by id only, and the version must be final.
        Club stored = club.id() == null ? persist(club) : em.merge(club);
        em.flush();
        return stored;
    }

    public Page<Club> list(PageRequest page) {
        long total = em.createQuery("select count(c) from Club c", Long.class).getSingleResult();
        var items = em.createQuery("select c from Club c order by c.name, c.id", Club.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    public List<Club> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("select c from Club c where c.id in :ids order by c.id", Club.class)
                        .setParameter("ids", ids).getResultList();
    }

    public Optional<Club> findByName(String name) {
        return em.createQuery("select c from Club c where c.name = :name order by c.id", Club.class)
                .setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    public void remove(Club club) {
        em.remove(em.contains(club) ? club : em.merge(club));
    }

    private Club persist(Club club) {
        em.persist(club);
        return club;
    }
}
