package app.loadwise.domain.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the training log of many athletes at once with plain JDBC on the transaction's connection: the nightly
 * job reads hundreds of thousands of rows, and building entities for them would cost more than the scoring.
 */
@ApplicationScoped
public class TrainingLogRows {

    private static final String SESSION_COLUMNS = "id, athlete_id, local_date, start_time, session_type, moving_minutes,"
            + " elapsed_minutes, distance_km, rpe, avg_hr, max_hr, warm_up_minutes, refuel_minutes, carbs_g, protein_g, pain,"
            + " pain_location, pain_score, muscle_soreness, excluded, notes";
    private static final String WELLNESS_COLUMNS = "athlete_id, local_date, sleep_hours, sleep_quality, resting_hr, hrv_ms,"
            + " fatigue, stress, mood, soreness, pain_note";

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected TrainingLogRows() {
    }

    public TrainingLogRows(EntityManager em) {
        this.em = em;
    }

    /** The sessions of the given athletes between two dates (inclusive), ordered by athlete, date and start time. */
    public List<SessionRow> sessions(List<Long> athleteIds, LocalDate from, LocalDate to) {
        if (athleteIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + SESSION_COLUMNS + " FROM training_session WHERE athlete_id IN (" + placeholders(athleteIds.size())
                + ") AND local_date BETWEEN ? AND ? ORDER BY athlete_id, local_date, start_time, id";
        List<SessionRow> rows = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, athleteIds, from, to); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new SessionRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class),
                        SessionType.valueOf(rs.getString(5)), doubleOrNull(rs, 6), doubleOrNull(rs, 7), doubleOrNull(rs, 8),
                        intOrNull(rs, 9), intOrNull(rs, 10), intOrNull(rs, 11), intOrNull(rs, 12), intOrNull(rs, 13),
                        intOrNull(rs, 14), intOrNull(rs, 15), rs.getBoolean(16), rs.getString(17), intOrNull(rs, 18),
                        intOrNull(rs, 19), rs.getBoolean(20), rs.getString(21)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read sessions: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The wellness entries of the given athletes between two dates (inclusive), ordered by athlete and date. */
    public List<WellnessRow> wellness(List<Long> athleteIds, LocalDate from, LocalDate to) {
        if (athleteIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + WELLNESS_COLUMNS + " FROM wellness_entry WHERE athlete_id IN (" + placeholders(athleteIds.size())
                + ") AND local_date BETWEEN ? AND ? ORDER BY athlete_id, local_date";
        List<WellnessRow> rows = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, athleteIds, from, to); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new WellnessRow(rs.getLong(1), rs.getObject(2, LocalDate.class), doubleOrNull(rs, 3), intOrNull(rs, 4),
                        intOrNull(rs, 5), doubleOrNull(rs, 6), intOrNull(rs, 7), intOrNull(rs, 8), intOrNull(rs, 9),
                        intOrNull(rs, 10), rs.getString(11)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read wellness: " + e.getMessage(), e);
        }
        return rows;
    }

    private PreparedStatement prepare(String sql, List<Long> athleteIds, LocalDate from, LocalDate to) throws SQLException {
        PreparedStatement statement = connection().prepareStatement(sql);
        int index = 1;
        for (Long id : athleteIds) {
            statement.setLong(index++, id);
        }
        statement.setObject(index++, from);
        statement.setObject(index, to);
        statement.setFetchSize(5000);
        return statement;
    }

    private Connection connection() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("bulk reads of the training log run inside a transaction");
        }
        return connection;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
