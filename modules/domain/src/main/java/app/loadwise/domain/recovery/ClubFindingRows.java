package app.loadwise.domain.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * A club's stored findings and scored weeks over a span of weeks, read as plain rows in one query each, for
 * reports that look at many weeks at once (rule precision).
 */
@ApplicationScoped
public class ClubFindingRows {

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ClubFindingRows() {
    }

    public ClubFindingRows(EntityManager em) {
        this.em = em;
    }

    /**
     * The club's red and amber findings in the weeks starting from {@code firstMonday} to {@code lastMonday}
     * (inclusive) under one formula version: one row per athlete, week, rule and severity, however many findings
     * of that rule the week had. Ordered by athlete, week, rule, severity.
     */
    public List<FindingRow> redAndAmberFindings(long clubId, String formulaVersion, LocalDate firstMonday, LocalDate lastMonday) {
        List<?> rows = em.createNativeQuery("SELECT s.athlete_id, s.week_start, f.rule_id, f.severity"
                        + " FROM weekly_score s JOIN weekly_score_finding f ON f.weekly_score_id = s.id"
                        + " WHERE s.club_id = ? AND s.formula_version = ? AND s.week_start >= ? AND s.week_start <= ?"
                        + " AND f.severity IN ('red', 'amber')"
                        + " GROUP BY s.athlete_id, s.week_start, f.rule_id, f.severity"
                        + " ORDER BY s.athlete_id, s.week_start, f.rule_id, f.severity")
                .setParameter(1, clubId).setParameter(2, formulaVersion)
                .setParameter(3, Date.valueOf(firstMonday)).setParameter(4, Date.valueOf(lastMonday))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new FindingRow(((Number) r[0]).longValue(), date(r[1]), (String) r[2], (String) r[3]);
        }).toList();
    }

    /** Every scored week of the club's athletes in that span under one formula version, by athlete and week. */
    public List<ScoredWeekRow> scoredWeeks(long clubId, String formulaVersion, LocalDate firstMonday, LocalDate lastMonday) {
        List<?> rows = em.createNativeQuery("SELECT s.athlete_id, s.week_start FROM weekly_score s"
                        + " WHERE s.club_id = ? AND s.formula_version = ? AND s.week_start >= ? AND s.week_start <= ?"
                        + " ORDER BY s.athlete_id, s.week_start")
                .setParameter(1, clubId).setParameter(2, formulaVersion)
                .setParameter(3, Date.valueOf(firstMonday)).setParameter(4, Date.valueOf(lastMonday))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ScoredWeekRow(((Number) r[0]).longValue(), date(r[1]));
        }).toList();
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new Date(d.getTime()).toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }
}
