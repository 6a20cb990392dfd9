package app.loadwise.traininglog.importing.internal.store;

import app.loadwise.domain.common.SequenceIds;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.ImportedSession;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.ImportedWellness;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes imported rows on PostgreSQL with {@code COPY ... FROM STDIN} (text format) on the transaction's own
 * connection, so they commit or roll back with the chunk: one statement per table and chunk instead of a batch of
 * inserts the server parses row by row. Ids come from the entities' sequences, all blocks in one query.
 * Only loaded on PostgreSQL.
 */
final class PostgresCopy {

    static final String SESSION_COLUMNS = "id, athlete_id, local_date, start_time, session_type, moving_minutes,"
            + " elapsed_minutes, distance_km, rpe, avg_hr, max_hr, warm_up_minutes, refuel_minutes, carbs_g, protein_g, pain,"
            + " pain_location, pain_score, muscle_soreness, notes, excluded, excluded_reason, source_channel, source_import_id,"
            + " source_row, natural_key, version";
    static final String WELLNESS_COLUMNS = "id, athlete_id, local_date, sleep_hours, sleep_quality, resting_hr, hrv_ms, fatigue,"
            + " stress, mood, soreness, pain_note, source_import_id, source_row, version";
    private static final int FLUSH_BYTES = 256 * 1024;

    private PostgresCopy() {
    }

    /** True when the connection (or the pool's wrapper around it) is a PostgreSQL connection that can COPY. */
    static boolean available(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            return false;
        }
    }

    static long[] sessions(Connection connection, List<ImportedSession> sessions) throws SQLException {
        long[] ids = SequenceIds.take(connection, "training_session_seq", sessions.size());
        Rows rows = new Rows(manager(connection).copyIn("COPY training_session (" + SESSION_COLUMNS + ") FROM STDIN"));
        try {
            for (int i = 0; i < sessions.size(); i++) {
                ImportedSession s = sessions.get(i);
                SessionDetails d = s.details();
                rows.value(ids[i]).value(s.athleteId()).value(d.date().toString()).value(time(d.startTime()))
                        .value(d.type().name()).value(d.movingMinutes()).value(d.elapsedMinutes()).value(d.distanceKm())
                        .value(d.rpe()).value(d.avgHr()).value(d.maxHr()).value(d.warmUpMinutes()).value(d.refuelMinutes())
                        .value(d.carbsG()).value(d.proteinG()).value(d.pain() ? "t" : "f").value(d.painLocation())
                        .value(d.painScore()).value(d.muscleSoreness()).value(d.notes()).value("f").value((String) null)
                        .value("import").value(s.importId()).value(s.row())
                        .value(TrainingSession.naturalKey(s.athleteId(), d)).last("1");
            }
            rows.end();
            return ids;
        } finally {
            rows.cancelIfOpen();
        }
    }

    static long[] wellness(Connection connection, List<ImportedWellness> entries) throws SQLException {
        long[] ids = SequenceIds.take(connection, "wellness_entry_seq", entries.size());
        Rows rows = new Rows(manager(connection).copyIn("COPY wellness_entry (" + WELLNESS_COLUMNS + ") FROM STDIN"));
        try {
            for (int i = 0; i < entries.size(); i++) {
                ImportedWellness w = entries.get(i);
                WellnessDetails d = w.details();
                rows.value(ids[i]).value(w.athleteId()).value(d.date().toString()).value(d.sleepHours()).value(d.sleepQuality())
                        .value(d.restingHr()).value(d.hrvMs()).value(d.fatigue()).value(d.stress()).value(d.mood())
                        .value(d.soreness()).value(d.painNote()).value(w.importId()).value(w.row()).last("1");
            }
            rows.end();
            return ids;
        } finally {
            rows.cancelIfOpen();
        }
    }

    private static CopyManager manager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private static String time(LocalTime time) {
        // whole seconds, as java.sql.Time keeps them on the JDBC path
        if (time == null) {
            return null;
        }
        int h = time.getHour();
        int m = time.getMinute();
        int s = time.getSecond();
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + m / 10),
                (char) ('0' + m % 10), ':', (char) ('0' + s / 10), (char) ('0' + s % 10)});
    }

    /** COPY text format: tab between columns, newline after a row, {@code \N} for null, backslash escapes. */
    private static final class Rows {
        private final CopyIn copy;
        private final StringBuilder line = new StringBuilder(4096);
        private boolean ended;

        Rows(CopyIn copy) {
            this.copy = copy;
        }

        Rows value(Long value) {
            return raw(value == null ? null : value.toString());
        }

        Rows value(long value) {
            line.append(value).append('\t');
            return this;
        }

        Rows value(Integer value) {
            return raw(value == null ? null : value.toString());
        }

        Rows value(Double value) {
            return raw(value == null ? null : value.toString());
        }

        Rows value(String value) {
            if (value == null) {
                line.append("\\N");
            } else {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '\\' -> line.append("\\\\");
                        case '\t' -> line.append("\\t");
                        case '\n' -> line.append("\\n");
                        case '\r' -> line.append("\\r");
                        default -> line.append(c);
                    }
                }
            }
            line.append('\t');
            return this;
        }

        private Rows raw(String value) {
            line.append(value == null ? "\\N" : value).append('\t');
            return this;
        }

        void last(String value) throws SQLException {
            line.append(value).append('\n');
            if (line.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            line.setLength(0);
        }

        void end() throws SQLException {
            if (line.length() > 0) {
                flush();
            }
            copy.endCopy();
            ended = true;
        }

        /** After a failure: ends the COPY so the connection can report the error and roll back. */
        void cancelIfOpen() {
            if (!ended && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }
}
