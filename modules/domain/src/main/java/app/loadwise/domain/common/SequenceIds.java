package app.loadwise.domain.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Hands out ids from a sequence for rows written with plain JDBC, block by block the way EclipseLink reads the
 * same sequence: each value v reserves v-49..v (sequences step by the entities' allocationSize of 50).
 */
public final class SequenceIds {

    public static final int BLOCK = 50;

    private final Connection connection;
    private final String nextSql;
    private long next;
    private long last = -1;

    public SequenceIds(Connection connection, String sequence) throws SQLException {
        this.connection = connection;
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        this.nextSql = product.contains("postgres") ? "SELECT nextval('" + sequence + "')" : "VALUES NEXT VALUE FOR " + sequence;
    }

    /**
     * {@code count} ids at once: on PostgreSQL every block in one round trip, elsewhere block by block. Each value v
     * drawn reserves v-49..v, as for {@link #next()}.
     */
    public static long[] take(Connection connection, String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            SequenceIds blocks = new SequenceIds(connection, sequence);
            for (int i = 0; i < count; i++) {
                ids[i] = blocks.next();
            }
            return ids;
        }
        int blocks = (count + BLOCK - 1) / BLOCK;
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")) {
            next.setInt(1, blocks);
            try (ResultSet rs = next.executeQuery()) {
                int i = 0;
                while (rs.next() && i < count) {
                    long last = rs.getLong(1);
                    for (long id = last - BLOCK + 1; id <= last && i < count; id++) {
                        ids[i++] = id;
                    }
                }
                if (i < count) {
                    throw new SQLException("sequence " + sequence + " handed out too few values");
                }
            }
        }
        return ids;
    }

    public long next() throws SQLException {
        if (next > last) {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(nextSql)) {
                rs.next();
                last = rs.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
