package app.loadwise.domain.recovery;

import app.loadwise.domain.common.IsoWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Coaches' acknowledgments of findings, one per athlete, ISO week and rule. */
@ApplicationScoped
public class FindingAcknowledgmentRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected FindingAcknowledgmentRepository() {
    }

    public FindingAcknowledgmentRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<FindingAcknowledgment> find(long athleteId, IsoWeek week, String ruleId) {
        return em.createQuery("select a from FindingAcknowledgment a where a.athleteId = :athlete and a.isoWeek = :week"
                        + " and a.ruleId = :rule", FindingAcknowledgment.class)
                .setParameter("athlete", athleteId).setParameter("week", week.toString()).setParameter("rule", ruleId)
                .getResultStream().findFirst();
    }

    /** Stores a new or changed acknowledgment and writes it at once. */
    public FindingAcknowledgment store(FindingAcknowledgment acknowledgment) {
        FindingAcknowledgment stored = acknowledgment;
        if (acknowledgment.id() == null) {
            em.persist(acknowledgment);
        } else {
            stored = em.merge(acknowledgment);
        }
        em.flush();
        return stored;
    }

    public void remove(FindingAcknowledgment acknowledgment) {
        em.remove(em.contains(acknowledgment) ? acknowledgment : em.merge(acknowledgment));
        em.flush();
    }

    /**
     * The acknowledgments of the given athletes in the given weeks (every combination), in one query per thousand
     * athletes; ordered by athlete, week and rule.
     */
    public List<FindingAcknowledgment> of(Collection<Long> athleteIds, Collection<IsoWeek> weeks) {
        if (athleteIds.isEmpty() || weeks.isEmpty()) {
            return List.of();
        }
        List<Long> athletes = athleteIds.stream().distinct().toList();
        List<String> weekTexts = weeks.stream().map(IsoWeek::toString).distinct().toList();
        List<FindingAcknowledgment> found = new ArrayList<>();
        for (int from = 0; from < athletes.size(); from += 1000) {
            found.addAll(em.createQuery("select a from FindingAcknowledgment a where a.athleteId in :athletes"
                            + " and a.isoWeek in :weeks order by a.athleteId, a.weekStart, a.ruleId", FindingAcknowledgment.class)
                    .setParameter("athletes", athletes.subList(from, Math.min(athletes.size(), from + 1000)))
                    .setParameter("weeks", weekTexts)
                    .getResultList());
        }
        return found;
    }
}
