package org.forumprotocol.core.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.forumprotocol.core.config.ConfigurationException;
import org.forumprotocol.core.config.DatabaseSettings;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.config.Setting;
import org.forumprotocol.core.startup.ForumStartup;

/**
 * The data source class the container pools. It exists so that the database is chosen from
 * {@link ForumSettings} (H2 under the data directory by default, PostgreSQL when FORUM_DB_URL says so)
 * rather than from a second, container-specific copy of the configuration.
 */
public class ForumDataSource implements DataSource {
    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    public static DataSource create(DatabaseSettings db) {
        if (db.isPostgreSql()) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(db.url());
            pg.setUser(db.user());
            pg.setPassword(db.password());
            return pg;
        }
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(db.url());
        h2.setUser(db.user());
        h2.setPassword(db.password());
        return h2;
    }

    private DataSource target() {
        DataSource t = target;
        if (t == null) {
            synchronized (this) {
                if (target == null) {
                    ForumSettings settings;
                    try {
                        settings = ForumSettings.load();
                    } catch (ConfigurationException e) {
                        // The container deploys the persistence unit, and so asks for a connection, before
                        // ForumStartup runs: a wrong setting must stop the process here just the same.
                        ForumStartup.stopProcess(e);
                        throw e;
                    }
                    target = create(settings.database());
                }
                t = target;
            }
        }
        return t;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return target().getConnection();
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return target().getConnection(username, password);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /**
     * A database that cannot be reached while the application starts is a configuration problem: stop with a
     * message naming the variable. Once started, an outage is only an error; the pool retries.
     */
    private SQLException unreachable(SQLException e) {
        if (!ForumStartup.hasStarted()) {
            DatabaseSettings db = ForumSettings.load().database();
            ForumStartup.stopProcess(new ConfigurationException(db.isPostgreSql() ? Setting.FORUM_DB_URL : Setting.FORUM_DATA_DIR,
                    "cannot connect to the database at " + db.displayUrl() + " as user '" + db.user() + "': " + e.getMessage()));
        }
        return e;
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
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
