package app.loadwise.recovery.internal.store;

import app.loadwise.domain.common.InstantConverter;
import app.loadwise.domain.common.IsoWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The recorded scoring state of each club's week (table {@code club_week_scoring}): written when a scoring run or a
 * backfill finishes, from the scores as they then stand, and read by whoever waits for a week's final scores.
 */
@ApplicationScoped
public class ClubWeekScoringRepository {

    /** State of a club-week with scores, none of them provisional. */
    public static final String FINAL = "FINAL";
    /** State of a club-week with scores, some still provisional. */
    public static final String PROVISIONAL = "PROVISIONAL";

    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ClubWeekScoringRepository() {
    }

    public ClubWeekScoringRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the state of each week of one club ({@code clubId}) or of every club (null) from the stored scores
     * under the formula version: final when the club-week has scores and none is provisional, provisional when some
     * are; a club-week without scores loses its record. Safe to repeat.
     */
    public void record(Long clubId, Collection<IsoWeek> weeks, String formulaVersion, Instant at) {
        String ofClub = clubId == null ? "" : " AND club_id = ?4";
        for (IsoWeek week : weeks) {
            bind(em.createNativeQuery("DELETE FROM club_week_scoring WHERE iso_week = ?1 AND formula_version = ?2" + ofClub),
                    clubId, week, formulaVersion).executeUpdate();
            bind(em.createNativeQuery("INSERT INTO club_week_scoring (club_id, iso_week, formula_version, state, recorded_at)"
                            + " SELECT club_id, iso_week, formula_version, CASE WHEN SUM(CASE WHEN provisional THEN 1 ELSE 0 END) = 0"
                            + " THEN '" + FINAL + "' ELSE '" + PROVISIONAL + "' END, ?3 FROM weekly_score"
                            + " WHERE iso_week = ?1 AND formula_version = ?2" + ofClub + " GROUP BY club_id, iso_week, formula_version"),
                    clubId, week, formulaVersion).setParameter(3, INSTANTS.convertToDatabaseColumn(at)).executeUpdate();
        }
    }

    private static Query bind(Query query, Long clubId, IsoWeek week, String formulaVersion) {
        query.setParameter(1, week.toString()).setParameter(2, formulaVersion);
        return clubId == null ? query : query.setParameter(4, clubId);
    }

    /** The recorded state ({@link #FINAL} or {@link #PROVISIONAL}) of a club-week, if any was recorded. */
    public Optional<String> stateOf(long clubId, IsoWeek week, String formulaVersion) {
        List<?> rows = em.createNativeQuery("SELECT state FROM club_week_scoring WHERE club_id = ?1 AND iso_week = ?2"
                        + " AND formula_version = ?3")
                .setParameter(1, clubId).setParameter(2, week.toString()).setParameter(3, formulaVersion).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }
}
