package app.loadwise.traininglog.importing.internal.store;

import app.loadwise.domain.common.SequenceIds;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.WellnessDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGStatement;

/**
 * Writes imported sessions and wellness entries on the transaction's own connection — with COPY on PostgreSQL
 * ({@link PostgresCopy}), in JDBC batches elsewhere — and reads
 * back what duplicate matching needs. An import's rows carry its id and their row number, so a restarted write
 * skips rows already written and an undo removes exactly them.
 */
@ApplicationScoped
public class ImportedLogRepository {

    private static final String INSERT_SESSION = "INSERT INTO training_session (id, athlete_id, local_date, start_time,"
            + " session_type, moving_minutes, elapsed_minutes, distance_km, rpe, avg_hr, max_hr, warm_up_minutes,"
            + " refuel_minutes, carbs_g, protein_g, pain, pain_location, pain_score, muscle_soreness, notes, excluded,"
            + " excluded_reason, source_channel, source_import_id, source_row, natural_key, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, 'import', ?, ?, ?, 1)";
    private static final String INSERT_WELLNESS = "INSERT INTO wellness_entry (id, athlete_id, local_date, sleep_hours,"
            + " sleep_quality, resting_hr, hrv_ms, fatigue, stress, mood, soreness, pain_note, source_import_id, source_row, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    /** A session to write, from row {@code row} of import {@code importId}. */
    public record ImportedSession(long athleteId, SessionDetails details, long importId, int row) {
    }

    /** A wellness entry to write, from row {@code row} of import {@code importId}. */
    public record ImportedWellness(long athleteId, WellnessDetails details, long importId, int row) {
    }

    /** What duplicate matching compares of a session already in the log. */
    public record SessionFingerprint(long id, long athleteId, LocalDate date, LocalTime startTime, SessionType type,
                                     Double movingMinutes, Double distanceKm, Integer rpe) {
    }

    /** A wellness day already in the log. */
    public record WellnessFingerprint(long id, long athleteId, WellnessDetails details) {
    }

    private static final Logger LOG = Logger.getLogger(ImportedLogRepository.class.getName());
    private static final AtomicBoolean WRITE_PATH_LOGGED = new AtomicBoolean();

    @PersistenceContext(unitName = "loadwise")
    private EntityManager em;

    protected ImportedLogRepository() {
    }

    public ImportedLogRepository(EntityManager em) {
        this.em = em;
    }

    /** Inserts the sessions (COPY on PostgreSQL, JDBC batches elsewhere); returns their ids in order. */
    public long[] insertSessions(List<ImportedSession> sessions) {
        if (sessions.isEmpty()) {
            return new long[0];
        }
        Connection connection = connection();
        if (copies(connection)) {
            try {
                return PostgresCopy.sessions(connection, sessions);
            } catch (SQLException e) {
                throw new PersistenceException("could not write imported sessions", e);
            }
        }
        long[] ids = new long[sessions.size()];
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SESSION)) {
            SequenceIds idBlocks = new SequenceIds(connection, "training_session_seq");
            int i = 0;
            for (ImportedSession s : sessions) {
                SessionDetails d = s.details();
                long id = idBlocks.next();
                ids[i++] = id;
                int p = 1;
                insert.setLong(p++, id);
                insert.setLong(p++, s.athleteId());
                insert.setDate(p++, Date.valueOf(d.date()));
                setTime(insert, p++, d.startTime());
                insert.setString(p++, d.type().name());
                setDouble(insert, p++, d.movingMinutes());
                setDouble(insert, p++, d.elapsedMinutes());
                setDouble(insert, p++, d.distanceKm());
                setInt(insert, p++, d.rpe());
                setInt(insert, p++, d.avgHr());
                setInt(insert, p++, d.maxHr());
                setInt(insert, p++, d.warmUpMinutes());
                setInt(insert, p++, d.refuelMinutes());
                setInt(insert, p++, d.carbsG());
                setInt(insert, p++, d.proteinG());
                insert.setBoolean(p++, d.pain());
                insert.setString(p++, d.painLocation());
                setInt(insert, p++, d.painScore());
                setInt(insert, p++, d.muscleSoreness());
                insert.setString(p++, d.notes());
                insert.setLong(p++, s.importId());
                insert.setInt(p++, s.row());
                insert.setString(p, TrainingSession.naturalKey(s.athleteId(), d));
                insert.addBatch();
            }
            insert.executeBatch();
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("could not write imported sessions", e);
        }
    }

    /** Inserts the wellness entries (COPY on PostgreSQL, JDBC batches elsewhere); returns their ids in order. */
    public long[] insertWellness(List<ImportedWellness> entries) {
        if (entries.isEmpty()) {
            return new long[0];
        }
        Connection connection = connection();
        if (copies(connection)) {
            try {
                return PostgresCopy.wellness(connection, entries);
            } catch (SQLException e) {
                throw new PersistenceException("could not write imported wellness entries", e);
            }
        }
        long[] ids = new long[entries.size()];
        try (PreparedStatement insert = connection.prepareStatement(INSERT_WELLNESS)) {
            SequenceIds idBlocks = new SequenceIds(connection, "wellness_entry_seq");
            int i = 0;
            for (ImportedWellness w : entries) {
                WellnessDetails d = w.details();
                long id = idBlocks.next();
                ids[i++] = id;
                int p = 1;
                insert.setLong(p++, id);
                insert.setLong(p++, w.athleteId());
                insert.setDate(p++, Date.valueOf(d.date()));
                setDouble(insert, p++, d.sleepHours());
                setInt(insert, p++, d.sleepQuality());
                setInt(insert, p++, d.restingHr());
                setDouble(insert, p++, d.hrvMs());
                setInt(insert, p++, d.fatigue());
                setInt(insert, p++, d.stress());
                setInt(insert, p++, d.mood());
                setInt(insert, p++, d.soreness());
                insert.setString(p++, d.painNote());
                insert.setLong(p++, w.importId());
                insert.setInt(p, w.row());
                insert.addBatch();
            }
            insert.executeBatch();
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("could not write imported wellness entries", e);
        }
    }

    /**
     * The sessions of the given athletes between two dates (inclusive), as fingerprints: in one query on
     * PostgreSQL; on H2, whose planner scans every session of the athletes for an IN list, one indexed query per athlete.
     */
    public List<SessionFingerprint> sessionFingerprints(Collection<Long> athleteIds, LocalDate from, LocalDate to) {
        if (athleteIds.isEmpty()) {
            return List.of();
        }
        String columns = "SELECT id, athlete_id, local_date, start_time, session_type, moving_minutes, distance_km, rpe"
                + " FROM training_session WHERE ";
        List<SessionFingerprint> found = new ArrayList<>();
        try {
            Connection connection = connection();
            if (isH2(connection)) {
                try (PreparedStatement select = connection.prepareStatement(columns + "athlete_id = ? AND local_date BETWEEN ? AND ?")) {
                    for (Long athlete : athleteIds) {
                        select.setLong(1, athlete);
                        select.setDate(2, Date.valueOf(from));
                        select.setDate(3, Date.valueOf(to));
                        readFingerprints(select, found);
                    }
                }
                return found;
            }
            try (PreparedStatement select = plannedForItsValues(connection.prepareStatement(columns + "athlete_id IN ("
                    + placeholders(athleteIds.size()) + ") AND local_date BETWEEN ? AND ?"))) {
                int p = 1;
                for (Long athlete : athleteIds) {
                    select.setLong(p++, athlete);
                }
                select.setDate(p++, Date.valueOf(from));
                select.setDate(p, Date.valueOf(to));
                readFingerprints(select, found);
            }
            return found;
        } catch (SQLException e) {
            throw new PersistenceException("could not read sessions for duplicate matching", e);
        }
    }

    private static void readFingerprints(PreparedStatement select, List<SessionFingerprint> found) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Time start = rs.getTime(4);
                found.add(new SessionFingerprint(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        start == null ? null : start.toLocalTime(), SessionType.valueOf(rs.getString(5)),
                        rs.getObject(6, Double.class), rs.getObject(7, Double.class), rs.getObject(8, Integer.class)));
            }
        }
    }

    /** Whether rows are written with COPY: on PostgreSQL, reached through the pool's connection wrapper. */
    private static boolean copies(Connection connection) {
        boolean copies;
        try {
            copies = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    && PostgresCopy.available(connection);
        } catch (SQLException e) {
            copies = false;
        }
        if (WRITE_PATH_LOGGED.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "Imported rows are written with {0} ({1})", new Object[] {copies ? "COPY" : "JDBC batches",
                    connection.getClass().getName()});
        }
        return copies;
    }

    /**
     * A chunk's look-up planned with its own values each time. The driver otherwise prepares a statement on the
     * server from its fifth run, and PostgreSQL may then keep a generic plan made while the table was small: the
     * first large import into a new log scanned the whole table for every chunk (76 ms a look-up instead of 3 ms at
     * 900,000 sessions).
     */
    private static PreparedStatement plannedForItsValues(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return statement;
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }

    /** The wellness entries of the given athletes between two dates (inclusive), in one query. */
    public List<WellnessFingerprint> wellnessFingerprints(Collection<Long> athleteIds, LocalDate from, LocalDate to) {
        if (athleteIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT id, athlete_id, local_date, sleep_hours, sleep_quality, resting_hr, hrv_ms, fatigue, stress, mood,"
                + " soreness, pain_note FROM wellness_entry WHERE athlete_id IN (" + placeholders(athleteIds.size()) + ")"
                + " AND local_date BETWEEN ? AND ?";
        List<WellnessFingerprint> found = new ArrayList<>();
        try (PreparedStatement select = plannedForItsValues(connection().prepareStatement(sql))) {
            int p = 1;
            for (Long athlete : athleteIds) {
                select.setLong(p++, athlete);
            }
            select.setDate(p++, Date.valueOf(from));
            select.setDate(p, Date.valueOf(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new WellnessFingerprint(rs.getLong(1), rs.getLong(2), new WellnessDetails(rs.getDate(3).toLocalDate(),
                            rs.getObject(4, Double.class), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                            rs.getObject(7, Double.class), rs.getObject(8, Integer.class), rs.getObject(9, Integer.class),
                            rs.getObject(10, Integer.class), rs.getObject(11, Integer.class), rs.getString(12))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new PersistenceException("could not read wellness entries for duplicate matching", e);
        }
    }

    /** The rows of an import already written as sessions between two row numbers, inclusive. */
    public Set<Integer> sessionRowsWritten(long importId, int fromRow, int toRow) {
        return rowsWritten("training_session", importId, fromRow, toRow);
    }

    /** The rows of an import already written as wellness entries between two row numbers, inclusive. */
    public Set<Integer> wellnessRowsWritten(long importId, int fromRow, int toRow) {
        return rowsWritten("wellness_entry", importId, fromRow, toRow);
    }

    private Set<Integer> rowsWritten(String table, long importId, int fromRow, int toRow) {
        Set<Integer> rows = new HashSet<>();
        try (PreparedStatement select = plannedForItsValues(connection().prepareStatement("SELECT source_row FROM " + table
                + " WHERE source_import_id = ? AND source_row BETWEEN ? AND ?"))) {
            select.setLong(1, importId);
            select.setInt(2, fromRow);
            select.setInt(3, toRow);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read the rows already imported", e);
        }
        return rows;
    }

    /**
     * Replaces the values of the wellness entry an import wrote for an athlete and day (a later row of the same file
     * added values to it); entries of other imports or entered by hand are never touched. Returns whether one was.
     */
    public boolean updateImportedWellness(long importId, long athleteId, WellnessDetails d) {
        try (PreparedStatement update = connection().prepareStatement("UPDATE wellness_entry SET sleep_hours = ?,"
                + " sleep_quality = ?, resting_hr = ?, hrv_ms = ?, fatigue = ?, stress = ?, mood = ?, soreness = ?, pain_note = ?,"
                + " version = version + 1 WHERE source_import_id = ? AND athlete_id = ? AND local_date = ?")) {
            int p = 1;
            setDouble(update, p++, d.sleepHours());
            setInt(update, p++, d.sleepQuality());
            setInt(update, p++, d.restingHr());
            setDouble(update, p++, d.hrvMs());
            setInt(update, p++, d.fatigue());
            setInt(update, p++, d.stress());
            setInt(update, p++, d.mood());
            setInt(update, p++, d.soreness());
            update.setString(p++, d.painNote());
            update.setLong(p++, importId);
            update.setLong(p++, athleteId);
            update.setDate(p, Date.valueOf(d.date()));
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("could not add values to an imported wellness entry", e);
        }
    }

    /** The wellness entry columns an import may add a value to, when an entry it did not write lacks it. */
    private static final Set<String> WELLNESS_COLUMNS = Set.of("sleep_hours", "sleep_quality", "resting_hr", "hrv_ms", "fatigue",
            "stress", "mood", "soreness", "pain_note");

    /** A value an import adds to a wellness entry it did not write, which lacks it: {@code column} of entry {@code entryId}. */
    public record AddedValue(long entryId, String column, Object value, int row) {
    }

    /**
     * Adds values to wellness entries an import did not write, each only where the entry still lacks it, and records
     * each one added (entry, field, the value written; the value before was null) in the same transaction, for undo.
     * Returns how many were added.
     */
    public int addToEarlierEntries(long importId, List<AddedValue> values) {
        int added = 0;
        Connection connection = connection();
        try (PreparedStatement record = connection.prepareStatement("INSERT INTO import_added_value (import_id,"
                + " wellness_entry_id, field, value_text, source_row) VALUES (?, ?, ?, ?, ?)")) {
            for (AddedValue v : values) {
                String column = wellnessColumn(v.column());
                try (PreparedStatement update = connection.prepareStatement("UPDATE wellness_entry SET " + column
                        + " = ?, version = version + 1 WHERE id = ? AND " + column + " IS NULL")) {
                    setValue(update, 1, v.value());
                    update.setLong(2, v.entryId());
                    if (update.executeUpdate() == 0) {
                        continue;
                    }
                }
                record.setLong(1, importId);
                record.setLong(2, v.entryId());
                record.setString(3, column);
                record.setString(4, currentValue(connection, v.entryId(), column));
                record.setInt(5, v.row());
                record.addBatch();
                added++;
            }
            if (added > 0) {
                record.executeBatch();
            }
            return added;
        } catch (SQLException e) {
            throw new PersistenceException("could not add values to wellness entries already in the log", e);
        }
    }

    /** How many values an import has added to wellness entries it did not write (and undo has not taken back). */
    public long valuesAddedToEarlierEntries(long importId) {
        try (PreparedStatement select = connection().prepareStatement("SELECT COUNT(*) FROM import_added_value WHERE import_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not count the values an import added", e);
        }
    }

    /**
     * A value an import added to an earlier wellness entry that was changed since, so undo left it: the athlete, the
     * day, the entry's column, the value the import wrote and the value now.
     */
    public record ChangedSince(long athleteId, String athleteName, LocalDate date, String column, String written, String now) {
    }

    /** What undo did with the values an import added to earlier wellness entries: how many it took back, and those it left. */
    public record Restored(int restored, List<ChangedSince> changedSince) {
    }

    /**
     * Takes back the values an import added to wellness entries it did not write: each field is put back to null
     * (its value before) when it still holds the value the import wrote; one changed since is left as it is and
     * answered. The records of the values are removed either way.
     */
    public Restored restoreEarlierEntries(long importId) {
        Connection connection = connection();
        int restored = 0;
        List<ChangedSince> changed = new ArrayList<>();
        try {
            List<Object[]> added = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.wellness_entry_id, a.field, a.value_text,"
                    + " w.athlete_id, w.local_date, t.name FROM import_added_value a JOIN wellness_entry w ON w.id = a.wellness_entry_id"
                    + " JOIN athlete t ON t.id = w.athlete_id WHERE a.import_id = ? ORDER BY w.local_date, t.name, a.field")) {
                select.setLong(1, importId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        added.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getDate(5).toLocalDate(), rs.getString(6)});
                    }
                }
            }
            for (Object[] a : added) {
                long entryId = (Long) a[0];
                String column = wellnessColumn((String) a[1]);
                String written = (String) a[2];
                String now = currentValue(connection, entryId, column);
                if (written.equals(now)) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE wellness_entry SET " + column
                            + " = NULL, version = version + 1 WHERE id = ?")) {
                        update.setLong(1, entryId);
                        update.executeUpdate();
                    }
                    restored++;
                } else {
                    changed.add(new ChangedSince((Long) a[3], (String) a[5], (LocalDate) a[4], column, written, now));
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_added_value WHERE import_id = ?")) {
                delete.setLong(1, importId);
                delete.executeUpdate();
            }
            return new Restored(restored, List.copyOf(changed));
        } catch (SQLException e) {
            throw new PersistenceException("could not take back the values an import added to wellness entries", e);
        }
    }

    private static String wellnessColumn(String column) {
        if (!WELLNESS_COLUMNS.contains(column)) {
            throw new IllegalArgumentException("not a wellness value: " + column);
        }
        return column;
    }

    /** A wellness entry's value in a column as text, as read back from the database; null when it has none. */
    private static String currentValue(Connection connection, long entryId, String column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM wellness_entry WHERE id = ?")) {
            select.setLong(1, entryId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object value = rs.getObject(1);
                return value == null ? null : value.toString();
            }
        }
    }

    private static void setValue(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Double d) {
            statement.setDouble(index, d);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else {
            statement.setString(index, (String) value);
        }
    }

    /** The highest row number an import has written so far (sessions or wellness), 0 when none. */
    public int lastRowWritten(long importId) {
        int last = 0;
        for (String table : List.of("training_session", "wellness_entry")) {
            try (PreparedStatement select = connection().prepareStatement("SELECT MAX(source_row) FROM " + table
                    + " WHERE source_import_id = ?")) {
                select.setLong(1, importId);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        last = Math.max(last, rs.getInt(1));
                    }
                }
            } catch (SQLException e) {
                throw new PersistenceException("could not read the rows already imported", e);
            }
        }
        return last;
    }

    /** Removes every session and wellness entry an import wrote; returns how many. */
    public long removeImported(long importId) {
        long removed = 0;
        for (String table : List.of("training_session", "wellness_entry")) {
            try (PreparedStatement delete = connection().prepareStatement("DELETE FROM " + table + " WHERE source_import_id = ?")) {
                delete.setLong(1, importId);
                removed += delete.executeUpdate();
            } catch (SQLException e) {
                throw new PersistenceException("could not remove the imported rows", e);
            }
        }
        return removed;
    }

    /** The club's athletes as id and name, in id order: the roster a file's names are matched against. */
    public List<Object[]> roster(long clubId) {
        return em.createQuery("select a.id, a.name from Athlete a where a.clubId = :club order by a.id", Object[].class)
                .setParameter("club", clubId).getResultList();
    }

    /**
     * Where a session or wellness entry of the log came from: the import and its row that wrote it, that import's file
     * name and when it was committed (or uploaded, while it is being written); all null for a record entered otherwise.
     */
    public record Origin(Long importId, Integer row, String fileName, Instant importedAt) {

        public static final Origin ENTERED = new Origin(null, null, null, null);
    }

    /** The origin of a session ({@code session} true) or wellness entry; {@link Origin#ENTERED} when it is not found. */
    public Origin origin(boolean session, long id) {
        String table = session ? "training_session" : "wellness_entry";
        try (PreparedStatement select = connection().prepareStatement("SELECT t.source_import_id, t.source_row, r.file_name,"
                + " COALESCE(r.committed_at, r.uploaded_at) FROM " + table + " t LEFT JOIN import_record r ON r.id = t.source_import_id"
                + " WHERE t.id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    return Origin.ENTERED;
                }
                Timestamp at = rs.getTimestamp(4);
                return new Origin(rs.getLong(1), rs.getObject(2, Integer.class), rs.getString(3), at == null ? null : at.toInstant());
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read where a record was imported from", e);
        }
    }

    private Connection connection() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("imported rows are written inside a transaction");
        }
        return connection;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setTime(PreparedStatement statement, int index, LocalTime value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIME);
        } else {
            statement.setTime(index, Time.valueOf(value));
        }
    }
}
