package dev.inventoryimport.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The same database as {@link ConfiguredXADataSource}, found the same way, offered as a plain data
 * source: the container then runs a transaction on it as a local one. That is all an import needs
 * (it touches the database only), and it spares each import the two-phase machinery of an XA
 * branch: the transaction log, its coordinator and three extra round trips.
 */
public class ConfiguredLocalDataSource implements DataSource {

    private final ConfiguredXADataSource configured = new ConfiguredXADataSource();

    public ConfiguredLocalDataSource() {
        // The import's statements are few and repeat for every message, some of them hundreds of rows long.
        configured.prepareOnServer();
    }

    public void setUrl(String url) {
        configured.setUrl(url);
    }

    public String getUrl() {
        return configured.getUrl();
    }

    public void setUser(String user) {
        configured.setUser(user);
    }

    public String getUser() {
        return configured.getUser();
    }

    public void setPassword(String password) {
        configured.setPassword(password);
    }

    public String getPassword() {
        return configured.getPassword();
    }

    // The container passes the annotation's defaults for these; the URL already says it all.
    public void setServerName(String ignored) {
    }

    public void setPortNumber(int ignored) {
    }

    public void setDatabaseName(String ignored) {
    }

    @Override
    public Connection getConnection() throws SQLException {
        return configured.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return configured.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
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
