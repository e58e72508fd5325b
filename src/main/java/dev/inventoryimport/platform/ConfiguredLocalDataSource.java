package dev.inventoryimport.platform;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The same database as {@link ConfiguredXADataSource}, found the same way, offered as a plain data
 * source: the container then runs a transaction on it as a local one, or commits it as the last
 * agent of a transaction that also holds the broker's XA branch ({@link DataSources#LOCAL}). That
 * spares an import and a push the database's half of the two-phase machinery: XA START, END and
 * PREPARE (a log flush of its own) before the commit.
 */
public class ConfiguredLocalDataSource extends PlainDataSource {

    private final ConfiguredXADataSource configured = new ConfiguredXADataSource();

    public ConfiguredLocalDataSource() {
        // The statements on this pool are few and repeat for every message, some hundreds of rows long.
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
}
