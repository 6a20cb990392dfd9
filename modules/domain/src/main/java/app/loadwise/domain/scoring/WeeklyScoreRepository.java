package app.loadwise.domain.scoring;

import app.loadwise.domain.common.IsoWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored weekly scores, one per athlete, ISO week and formula version. */
@ApplicationScoped
public class WeeklyScoreRepository {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected WeeklyScoreRepository() {
    }

    public WeeklyScoreRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<WeeklyScore> find(long athleteId, IsoWeek week, String formulaVersion) {
        return em.createQuery("select s from WeeklyScore s where s.athleteId = :athlete and s.isoWeek = :week"
                        + " and s.formulaVersion = :version", WeeklyScore.class)
                .setParameter("athlete", athleteId).setParameter("week", week.toString()).setParameter("version", formulaVersion)
                .getResultStream().findFirst();
    }

    public WeeklyScore store(WeeklyScore score) {
        WeeklyScore stored = score;
        if (score.id() == null) {
            em.persist(score);
        } else {
            stored = em.merge(score);
        }
        em.flush();
        return stored;
    }

    /**
     * Replaces the scores of the given athletes' weeks under the formula of the new scores: the stored ones are
     * removed (their findings go with them) and the new ones written in JDBC batches, in the caller's transaction.
     */
    public void replaceAll(Collection<WeeklyScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        Map<String, List<Long>> athletesByWeekAndVersion = new HashMap<>();
        for (WeeklyScore score : scores) {
            athletesByWeekAndVersion.computeIfAbsent(score.week() + "|" + score.formulaVersion(), k -> new ArrayList<>())
                    .add(score.athleteId());
        }
        athletesByWeekAndVersion.forEach((key, athletes) -> em.createQuery(
                        "delete from WeeklyScore s where s.athleteId in :athletes and s.isoWeek = :week and s.formulaVersion = :version")
                .setParameter("athletes", athletes)
                .setParameter("week", key.substring(0, key.indexOf('|')))
                .setParameter("version", key.substring(key.indexOf('|') + 1))
                .executeUpdate());
        scores.forEach(em::persist);
        em.flush();
    }

    /**
     * The findings of many scores in one query per thousand scores, by score id in stored order. (EclipseLink
     * cannot batch-fetch an element collection of embeddables, so listing scores reads findings this way.)
     */
    public Map<Long, List<StoredFinding>> findingsOf(List<Long> scoreIds) {
        Map<Long, List<StoredFinding>> findings = new HashMap<>();
        for (int from = 0; from < scoreIds.size(); from += 1000) {
            List<Long> slice = scoreIds.subList(from, Math.min(scoreIds.size(), from + 1000));
            List<?> rows = nativeRows(slice);
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                findings.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                        .add(new StoredFinding((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6]));
            }
        }
        return findings;
    }

    private List<?> nativeRows(List<Long> scoreIds) {
        var query = em.createNativeQuery("SELECT weekly_score_id, rule_id, severity, message, advice, evidence,"
                + " evidence_strength FROM weekly_score_finding WHERE weekly_score_id IN ("
                + String.join(", ", java.util.Collections.nCopies(scoreIds.size(), "?")) + ") ORDER BY weekly_score_id, position");
        for (int i = 0; i < scoreIds.size(); i++) {
            query.setParameter(i + 1, scoreIds.get(i));
        }
        return query.getResultList();
    }

    /** The scores of a club's athletes for a week, worst first. */
    public List<WeeklyScore> ofClub(long clubId, IsoWeek week, String formulaVersion) {
        return em.createQuery("select s from WeeklyScore s where s.clubId = :club and s.isoWeek = :week"
                        + " and s.formulaVersion = :version order by s.score, s.athleteId", WeeklyScore.class)
                .setParameter("club", clubId).setParameter("week", week.toString()).setParameter("version", formulaVersion)
                .getResultList();
    }

    /** An athlete's weeks, newest first. */
    public List<WeeklyScore> historyOf(long athleteId, String formulaVersion, int weeks) {
        return em.createQuery("select s from WeeklyScore s where s.athleteId = :athlete and s.formulaVersion = :version"
                        + " order by s.weekStart desc", WeeklyScore.class)
                .setParameter("athlete", athleteId).setParameter("version", formulaVersion)
                .setMaxResults(weeks).getResultList();
    }
}
