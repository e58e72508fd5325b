package dev.inventoryimport.platform;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The same database as {@link ConfiguredXADataSource}, found the same way, offered as a plain data
 * source: the container then runs a transaction on it as a local one. That is all an import needs
 * (it touches the database only), and it spares each import the two-phase machinery of an XA
 * branch: the transaction log, its coordinator and three extra round trips.
 */
public class ConfiguredLocalDataSource extends PlainDataSource {

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
}
