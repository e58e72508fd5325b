package dev.inventoryimport.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/** The console benchmark's MariaDB database: recreated, or recognised as already seeded. */
final class ConsoleDatabase {

    private final String url;
    private final String user;
    private final String password;

    /** @param url a JDBC URL naming the database, e.g. {@code jdbc:mysql://127.0.0.1:3306/inventory_console} */
    ConsoleDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Drops and creates the database empty, with the collation the service's schema expects. */
    void recreate() throws SQLException {
        String withoutOptions = url.split("\\?", 2)[0];
        int slash = withoutOptions.lastIndexOf('/');
        String name = withoutOptions.substring(slash + 1);
        if (!name.matches("\\w+")) { // it goes into the statements below as it is
            throw new IllegalArgumentException("The database URL must end in a plain database name: " + url);
        }
        try (Connection c = DriverManager.getConnection(withoutOptions.substring(0, slash + 1), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    /** Whether it exists with exactly that many requests: an earlier run's seed, reusable. */
    boolean holds(long requests) {
        try (Connection c = connect();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM inventory_request")) {
            return r.next() && r.getLong(1) == requests;
        } catch (SQLException e) {
            return false; // no such database or table yet
        }
    }

    /** When a request was received, to the minute (what the console's date filter takes). */
    LocalDateTime receivedAt(long id) throws SQLException {
        // Read as text: mysql-connector-j's handling of DATETIME against MariaDB is not to be trusted.
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement(
                     "SELECT DATE_FORMAT(received_at, '%Y-%m-%dT%H:%i') FROM inventory_request WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No request " + id + " in " + url);
                }
                return LocalDateTime.parse(r.getString(1));
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
