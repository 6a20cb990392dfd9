package app.loadwise.server.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver-level data source behind the container's pool, chosen by the JDBC URL: PostgreSQL for
 * {@code jdbc:postgresql:}, H2 for {@code jdbc:h2:}. It lets one setting, the URL, switch databases without a rebuild.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds;
    private DataSource delegate;

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    private synchronized DataSource delegate() throws SQLException {
        if (delegate == null) {
            delegate = create(url, user, password);
            delegate.setLoginTimeout(loginTimeoutSeconds);
        }
        return delegate;
    }

    static DataSource create(String url, String user, String password) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("no database URL configured; set LOADWISE_DB_URL");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            // One multi-row INSERT per JDBC batch instead of one statement per row: writes of scores and imports.
            postgres.setReWriteBatchedInserts(true);
            if (user != null && !user.isBlank()) {
                postgres.setUser(user);
            }
            if (password != null && !password.isEmpty()) {
                postgres.setPassword(password);
            }
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(durable(url));
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        throw new SQLException("unsupported database URL '" + url + "'; use jdbc:postgresql://... or jdbc:h2:...");
    }

    /**
     * H2 writes a commit to its file up to half a second later by default, so a process killed right after answering
     * would lose a write it acknowledged. {@code WRITE_DELAY=0} writes each commit before it returns; a URL that sets
     * its own {@code WRITE_DELAY} keeps it.
     */
    static String durable(String h2Url) {
        return h2Url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY") ? h2Url : h2Url + ";WRITE_DELAY=0";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through the drivers' own loggers
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
        this.delegate = null;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
