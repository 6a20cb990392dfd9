package app.loadwise.reporting.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Where an export's tables go, one table at a time; {@link #finish()} completes the file. */
public interface ExportSink extends AutoCloseable {

    void manifest(long clubId, Instant exportedAt, List<String> tables) throws IOException;

    void startTable(String name, List<String> columns) throws IOException;

    void row(Object[] cells) throws IOException;

    void endTable() throws IOException;

    /** Completes the file; called only once every table was written, so a failed export never looks complete. */
    void finish() throws IOException;

    /** Releases what the sink holds, finished or not. */
    @Override
    void close() throws IOException;

    /** A cell as text: ISO dates and times, instants in UTC, numbers as Java prints them (no grouping). */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("unreadable text value", e);
            }
        }
        return value.toString();
    }
}
