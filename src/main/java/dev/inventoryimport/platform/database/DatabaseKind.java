package dev.inventoryimport.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The two databases the service runs on, and what differs between them outside JPA: the folder of
 * their Flyway migrations and the SQL for the database's own clock (job locks compare expiry with
 * it, so instances whose clocks disagree still agree on who holds a lock).
 */
public enum DatabaseKind {

    H2("h2", "CURRENT_TIMESTAMP(6)"),
    MYSQL("mysql", "UTC_TIMESTAMP(6)");

    private final String migrationFolder;
    private final String clock;

    DatabaseKind(String migrationFolder, String clock) {
        this.migrationFolder = migrationFolder;
        this.clock = clock;
    }

    /** {@code classpath:db/migration/<folder>}: the versioned migrations of this database. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** An SQL expression for the database's current time, as the lock columns store it. */
    public String clock() {
        return clock;
    }

    public static DatabaseKind of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Database unreachable: " + e.getMessage(), e);
        }
    }

    public static DatabaseKind of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase();
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return MYSQL;
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }
}
