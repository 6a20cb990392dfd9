package app.loadwise.domain.scoring;

import app.loadwise.domain.common.IsoWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
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

    /** The stored scores of the given athletes and weeks under one formula version, in one query. */
    public List<WeeklyScore> ofAthletes(Collection<Long> athleteIds, Collection<IsoWeek> weeks, String formulaVersion) {
        if (athleteIds.isEmpty() || weeks.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from WeeklyScore s where s.athleteId in :athletes and s.isoWeek in :weeks"
                        + " and s.formulaVersion = :version", WeeklyScore.class)
                .setParameter("athletes", athleteIds)
                .setParameter("weeks", weeks.stream().map(IsoWeek::toString).toList())
                .setParameter("version", formulaVersion)
                .getResultList();
    }

    /** Stores many new or changed scores with one write. */
    public void storeAll(Collection<WeeklyScore> scores) {
        for (WeeklyScore score : scores) {
            if (score.id() == null) {
                em.persist(score);
            } else {
                em.merge(score);
            }
        }
        em.flush();
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
