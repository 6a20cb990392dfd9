package app.loadwise.reporting.internal.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the weekly report job reads itself: the clubs, in id order. Whether a week's scoring is final, recovery says. */
@ApplicationScoped
public class ReportScheduleRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ReportScheduleRepository() {
    }

    public ReportScheduleRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code max} club ids above {@code afterId}, ascending. */
    public List<Long> clubIdsAfter(long afterId, int max) {
        return em.createNativeQuery("SELECT id FROM club WHERE id > ?1 ORDER BY id")
                .setParameter(1, afterId).setMaxResults(max).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
