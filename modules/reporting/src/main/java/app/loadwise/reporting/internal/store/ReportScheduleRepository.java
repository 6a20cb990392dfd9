package app.loadwise.reporting.internal.store;

import app.loadwise.domain.common.IsoWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the weekly report job reads: clubs in id order, and whether a club-week's scoring is final. */
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

    /** The club-week's scores under a formula version: how many, and how many of them provisional. */
    public WeekState weekState(long clubId, String formulaVersion, IsoWeek week) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN provisional THEN 1 ELSE 0 END)"
                        + " FROM weekly_score WHERE club_id = ?1 AND formula_version = ?2 AND iso_week = ?3")
                .setParameter(1, clubId).setParameter(2, formulaVersion).setParameter(3, week.toString())
                .getSingleResult();
        return new WeekState(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    /** Scores stored for a club-week, and how many are provisional. */
    public record WeekState(long scored, long provisional) {
    }
}
