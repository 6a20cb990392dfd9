package app.loadwise.recovery.internal.store;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** A club's stored scores over a span of weeks as plain rows: one query, no entities, no findings. */
@ApplicationScoped
public class ScoreTrendRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ScoreTrendRepository() {
    }

    public ScoreTrendRepository(EntityManager em) {
        this.em = em;
    }

    /** One athlete's week: its score, status and weekly load (null when not computed). */
    public record TrendRow(long athleteId, String week, int score, ScoreStatus status, Double weeklyLoad) {
    }

    /** The club's scores under a formula version from {@code first} to {@code last} (inclusive), by week then athlete. */
    public List<TrendRow> ofClub(long clubId, String formulaVersion, IsoWeek first, IsoWeek last) {
        List<?> rows = em.createNativeQuery("SELECT athlete_id, iso_week, score, status, weekly_load FROM weekly_score"
                        + " WHERE club_id = ?1 AND formula_version = ?2 AND week_start >= ?3 AND week_start <= ?4"
                        + " ORDER BY week_start, athlete_id")
                .setParameter(1, clubId).setParameter(2, formulaVersion)
                .setParameter(3, first.monday()).setParameter(4, last.monday())
                .getResultList();
        List<TrendRow> trend = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            trend.add(new TrendRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                    ScoreStatus.valueOf((String) r[3]), r[4] == null ? null : ((Number) r[4]).doubleValue()));
        }
        return trend;
    }
}
