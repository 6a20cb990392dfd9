package app.loadwise.domain.recovery;

import app.loadwise.domain.common.InstantConverter;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.SequenceIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /**
     * Replaces the scores of the given athletes' weeks under the formula of the new scores: the stored ones are
     * removed (their findings go with them) and the new ones inserted with plain JDBC batches in the caller's
     * transaction; the nightly job writes thousands a minute. The new scores are not managed afterwards.
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
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("scores are written inside a transaction");
        }
        try (PreparedStatement insertScore = connection.prepareStatement(INSERT_SCORE);
             PreparedStatement insertFinding = connection.prepareStatement(INSERT_FINDING)) {
            SequenceIds ids = new SequenceIds(connection, "weekly_score_seq");
            for (WeeklyScore score : scores) {
                long id = ids.next();
                bindScore(insertScore, id, score);
                insertScore.addBatch();
                List<StoredFinding> findings = score.findings();
                for (int position = 0; position < findings.size(); position++) {
                    StoredFinding f = findings.get(position);
                    insertFinding.setLong(1, id);
                    insertFinding.setInt(2, position);
                    insertFinding.setString(3, f.ruleId());
                    insertFinding.setString(4, f.severity());
                    insertFinding.setString(5, f.message());
                    insertFinding.setString(6, f.advice());
                    insertFinding.setString(7, f.evidence());
                    insertFinding.setString(8, f.evidenceStrength());
                    insertFinding.addBatch();
                }
            }
            insertScore.executeBatch();
            insertFinding.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write scores: " + e.getMessage(), e);
        }
    }

    private static final String FIGURE_COLUMNS = "weekly_load, acute_load, chronic_load, acwr_rolling, acwr_uncoupled, acwr_ewma,"
            + " monotony, strain, ctl, atl, tsb, ramp_rate, sessions, hard_days, rest_days, longest_hard_streak, strength_sessions,"
            + " run_spike_ratio, avg_sleep_hours, resting_hr_z, hrv_z, hooper_index, coverage_days, baseline_state";
    private static final String INSERT_SCORE = "INSERT INTO weekly_score (id, athlete_id, club_id, iso_week, week_start,"
            + " formula_version, score, status, provisional, computed_at, " + FIGURE_COLUMNS + ", version) VALUES ("
            + String.join(", ", Collections.nCopies(35, "?")) + ")";
    private static final String INSERT_FINDING = "INSERT INTO weekly_score_finding (weekly_score_id, position, rule_id, severity,"
            + " message, advice, evidence, evidence_strength) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final InstantConverter INSTANTS = new InstantConverter();

    private static void bindScore(PreparedStatement st, long id, WeeklyScore score) throws SQLException {
        st.setLong(1, id);
        st.setLong(2, score.athleteId());
        st.setLong(3, score.clubId());
        st.setString(4, score.week().toString());
        st.setObject(5, score.week().monday());
        st.setString(6, score.formulaVersion());
        st.setInt(7, score.score());
        st.setString(8, score.status().name());
        st.setBoolean(9, score.isProvisional());
        st.setObject(10, INSTANTS.convertToDatabaseColumn(score.computedAt()));
        WeeklyFigures.Values v = score.figures().values();
        Object[] figures = {v.weeklyLoad(), v.acuteLoad(), v.chronicLoad(), v.acwrRolling(), v.acwrUncoupled(), v.acwrEwma(),
            v.monotony(), v.strain(), v.ctl(), v.atl(), v.tsb(), v.rampRate(), v.sessions(), v.hardDays(), v.restDays(),
            v.longestHardStreak(), v.strengthSessions(), v.runSpikeRatio(), v.avgSleepHours(), v.restingHrZ(), v.hrvZ(),
            v.hooperIndex(), v.coverageDays(), v.baselineState()};
        for (int i = 0; i < figures.length; i++) {
            Object value = figures[i];
            int index = 11 + i;
            if (value instanceof Double d) {
                st.setDouble(index, d);
            } else if (value instanceof Integer n) {
                st.setInt(index, n);
            } else if (value instanceof String text) {
                st.setString(index, text);
            } else {
                st.setNull(index, i == figures.length - 1 ? Types.VARCHAR : (i >= 12 && i <= 16 || i == 22) ? Types.INTEGER : Types.DOUBLE);
            }
        }
        st.setLong(35, 1);
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
                + String.join(", ", Collections.nCopies(scoreIds.size(), "?")) + ") ORDER BY weekly_score_id, position");
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

    /** The scores of a club's athletes for the weeks from {@code first} to {@code last}. */
    public List<WeeklyScore> ofClubBetween(long clubId, IsoWeek first, IsoWeek last, String formulaVersion) {
        return em.createQuery("select s from WeeklyScore s where s.clubId = :club and s.formulaVersion = :version"
                        + " and s.weekStart between :first and :last", WeeklyScore.class)
                .setParameter("club", clubId).setParameter("version", formulaVersion)
                .setParameter("first", first.monday()).setParameter("last", last.monday())
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
