package app.loadwise.domain.athlete;

import app.loadwise.domain.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Removes everything held about one athlete, on request: the athlete, the training log, wellness, scores and
 * findings, acknowledgments, injuries and illnesses, planned sessions, import review items and single-athlete
 * imports, webhook events, scoring issues, and import error rows that quote the athlete's member id or name. The
 * audit log keeps only that the athlete id was deleted.
 */
@ApplicationScoped
public class AthleteErasure {

    /** What each table held about the athlete, counted before it was removed. */
    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("sessions", "SELECT COUNT(*) FROM training_session WHERE athlete_id = ?1");
        COUNTED.put("wellness", "SELECT COUNT(*) FROM wellness_entry WHERE athlete_id = ?1");
        COUNTED.put("weeklyScores", "SELECT COUNT(*) FROM weekly_score WHERE athlete_id = ?1");
        COUNTED.put("acknowledgments", "SELECT COUNT(*) FROM finding_acknowledgment WHERE athlete_id = ?1");
        COUNTED.put("healthEvents", "SELECT COUNT(*) FROM health_event WHERE athlete_id = ?1");
        COUNTED.put("plannedSessions", "SELECT COUNT(*) FROM planned_session WHERE athlete_id = ?1");
        COUNTED.put("importReviewItems", "SELECT COUNT(*) FROM import_review_item WHERE athlete_id = ?1");
        COUNTED.put("imports", "SELECT COUNT(*) FROM import_record WHERE athlete_id = ?1");
        COUNTED.put("webhookEvents", "SELECT COUNT(*) FROM webhook_event WHERE athlete_id = ?1");
    }

    private static final String QUOTING_ERRORS = "FROM import_row_error WHERE import_id IN (SELECT id FROM import_record "
            + "WHERE club_id = ?1) AND (LOWER(cell_value) = LOWER(?2) OR LOWER(cell_value) = LOWER(?3))";

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected AthleteErasure() {
    }

    public AthleteErasure(EntityManager em) {
        this.em = em;
    }

    /** Erases the athlete in the caller's transaction and answers what was removed, by kind. */
    public Map<String, Long> erase(long athleteId) {
        Athlete athlete = em.find(Athlete.class, athleteId);
        if (athlete == null) {
            throw new NotFoundException("athlete", athleteId);
        }
        Map<String, Long> removed = new LinkedHashMap<>();
        COUNTED.forEach((kind, sql) -> removed.put(kind, count(em.createNativeQuery(sql).setParameter(1, athleteId).getSingleResult())));
        removed.put("importErrorRows", (long) em.createNativeQuery("DELETE " + QUOTING_ERRORS)
                .setParameter(1, athlete.clubId()).setParameter(2, athlete.memberId()).setParameter(3, athlete.name())
                .executeUpdate());
        removed.put("scoringIssues", (long) em.createNativeQuery("DELETE FROM scoring_issue WHERE athlete_id = ?1")
                .setParameter(1, athleteId).executeUpdate());
        em.remove(athlete);
        em.flush();
        return removed;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
