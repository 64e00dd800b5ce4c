package jp.kochi.vrm.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver-level data source behind the container's connection pool. Payara pools it; this class only
 * picks the JDBC driver from the configured URL, so one {@code @DataSourceDefinition} serves both the
 * embedded H2 database and PostgreSQL, and a missing URL fails with the name of the setting instead of a
 * driver's stack trace.
 */
public class ConfiguredDataSource implements DataSource {

    /** Stand-in database while {@code VRM_DB_URL} is missing or unsupported; the portal then refuses service. */
    static final String UNCONFIGURED_URL = "jdbc:h2:mem:vrm-unconfigured;DB_CLOSE_DELAY=-1";

    private String url;
    private String user;
    private String password;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
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
        try {
            return delegate(username, pass).getConnection();
        } catch (SQLException e) {
            // Name the settings to check; the driver's message says what failed (it never contains the password).
            throw new SQLException("The database of setting " + PortalSettings.DB_URL_ENV + " (user from VRM_DB_USER, "
                    + "password from VRM_DB_PASSWORD) cannot be used: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private DataSource delegate(String username, String pass) throws SQLException {
        DatabaseKind kind = DatabaseKind.of(url);
        if (kind == null) {
            // The server opens the persistence unit while deploying, before the portal can check its settings.
            // Without a usable URL it gets an empty in-memory database, so the portal deploys, names the
            // missing setting and stays closed (see PortalStartup); nothing is ever stored in it.
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(UNCONFIGURED_URL);
            ds.setUser("sa");
            ds.setPassword("");
            return ds;
        }
        String u = PortalSettings.isUnset(username) ? null : username;
        String p = PortalSettings.isUnset(pass) ? null : pass;
        switch (kind) {
            case H2: {
                org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
                ds.setURL(url);
                ds.setUser(u == null ? "sa" : u);
                ds.setPassword(p == null ? "" : p);
                return ds;
            }
            case POSTGRESQL: {
                org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                ds.setURL(url);
                if (u != null) {
                    ds.setUser(u);
                }
                if (p != null) {
                    ds.setPassword(p);
                }
                return ds;
            }
            default:
                throw new SQLException("Unsupported database: " + kind);
        }
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
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
