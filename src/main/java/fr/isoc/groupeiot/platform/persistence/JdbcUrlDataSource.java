package fr.isoc.groupeiot.platform.persistence;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * A data source that takes any JDBC URL the WAR has a driver for (PostgreSQL, H2), so that one setting,
 * PORTAL_DB_URL, picks the database. Payara's connection pool sits on top of it (see {@link PortalDataSource}).
 */
public class JdbcUrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    /** Payara passes the URL under this name too. */
    public void setURL(String url) {
        this.url = url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver refused the database URL " + redacted(url));
        }
        return connection;
    }

    private Driver driverFor(String jdbcUrl) throws SQLException {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new SQLException("No database URL: set PORTAL_DB_URL");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(jdbcUrl)) {
                return driver;
            }
        }
        throw new SQLException("No JDBC driver in the portal for " + redacted(jdbcUrl));
    }

    /** URLs may carry a password as a parameter: log only the scheme. */
    private static String redacted(String jdbcUrl) {
        int colon = jdbcUrl.indexOf(':', 5);
        return colon > 0 ? jdbcUrl.substring(0, colon) + ":…" : "jdbc:…";
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
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
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
