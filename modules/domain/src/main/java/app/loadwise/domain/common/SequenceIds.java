package app.loadwise.domain.common;

import java.sql.Connection;
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
