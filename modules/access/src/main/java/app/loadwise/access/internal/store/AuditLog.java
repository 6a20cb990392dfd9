package app.loadwise.access.internal.store;

import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The audit log: appended to, read newest first. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected AuditLog() {
    }

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    public AuditEntry append(AuditEntry entry) {
        em.persist(entry);
        em.flush();
        return entry;
    }

    /**
     * Entries newest first, of one club (or of all clubs and platform actions when {@code clubId} is null), from
     * {@code from} inclusive to {@code to} exclusive where given.
     */
    public Page<AuditEntry> list(Long clubId, Instant from, Instant to, PageRequest page) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (clubId != null) {
            where.append(" and e.clubId = :club");
        }
        if (from != null) {
            where.append(" and e.at >= :from");
        }
        if (to != null) {
            where.append(" and e.at < :to");
        }
        var count = em.createQuery("select count(e) from AuditEntry e " + where, Long.class);
        var items = em.createQuery("select e from AuditEntry e " + where + " order by e.at desc, e.id desc", AuditEntry.class);
        for (var query : List.of(count, items)) {
            if (clubId != null) {
                query.setParameter("club", clubId);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}
