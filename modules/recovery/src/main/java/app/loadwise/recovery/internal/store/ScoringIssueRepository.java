package app.loadwise.recovery.internal.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** What scoring runs could not score. */
@ApplicationScoped
public class ScoringIssueRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ScoringIssueRepository() {
    }

    public ScoringIssueRepository(EntityManager em) {
        this.em = em;
    }

    public void record(ScoringIssue issue) {
        em.persist(issue);
    }

    /** The issues of the given executions (a run and its restarts), in the order they were found. */
    public List<ScoringIssue> ofExecutions(Collection<Long> executionIds, int limit) {
        return em.createQuery("select i from ScoringIssue i where i.executionId in :executions order by i.id", ScoringIssue.class)
                .setParameter("executions", executionIds).setMaxResults(limit).getResultList();
    }

    public long countOfExecutions(Collection<Long> executionIds) {
        return em.createQuery("select count(i) from ScoringIssue i where i.executionId in :executions", Long.class)
                .setParameter("executions", executionIds).getSingleResult();
    }
}
