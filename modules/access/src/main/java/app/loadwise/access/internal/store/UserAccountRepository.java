package app.loadwise.access.internal.store;

import app.loadwise.domain.access.Role;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The users who sign in. */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected UserAccountRepository() {
    }

    public UserAccountRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public UserAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", UserAccount.normalizeUsername(username)).getResultList().stream().findFirst();
    }

    public boolean usernameTaken(String username) {
        return findByUsername(username).isPresent();
    }

    public UserAccount store(UserAccount user) {
        UserAccount stored;
        if (user.id() == null) {
            em.persist(user);
            stored = user;
        } else {
            stored = em.merge(user);
        }
        em.flush();
        return stored;
    }

    public void remove(UserAccount user) {
        em.remove(em.contains(user) ? user : em.merge(user));
        em.flush();
    }

    /** A club's users by username; or, with no club, the platform admins. */
    public Page<UserAccount> list(Long clubId, PageRequest page) {
        String where = clubId == null ? "u.clubId is null" : "u.clubId = :club";
        var count = em.createQuery("select count(u) from UserAccount u where " + where, Long.class);
        var items = em.createQuery("select u from UserAccount u where " + where + " order by u.username, u.id", UserAccount.class);
        if (clubId != null) {
            count.setParameter("club", clubId);
            items.setParameter("club", clubId);
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    public long countEnabledPlatformAdmins() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role and u.enabled = true", Long.class)
                .setParameter("role", Role.PLATFORM_ADMIN).getSingleResult();
    }

    public long countPlatformAdmins() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role", Long.class)
                .setParameter("role", Role.PLATFORM_ADMIN).getSingleResult();
    }
}
