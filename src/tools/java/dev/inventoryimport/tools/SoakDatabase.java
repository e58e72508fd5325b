package dev.inventoryimport.tools;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The soak test's database: a MariaDB database of its own (recreated) or the service's embedded H2,
 * read over one connection kept for the whole run, so the reading itself adds nothing that comes
 * and goes between samples. On MariaDB that connection names no database, so it is not among the
 * connections counted as the service's.
 */
final class SoakDatabase implements AutoCloseable {

    private final String server; // jdbc:mysql://host:port/ ; null for H2
    private final String name;
    private final String user;
    private final String password;
    private Connection connection;

    private SoakDatabase(String server, String name, String user, String password) {
        this.server = server;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** @param server {@code jdbc:mysql://host:port/} */
    static SoakDatabase mariaDb(String server, String name, String user, String password) {
        if (!name.matches("\\w+")) { // it goes into statements as it is
            throw new IllegalArgumentException("--db-name must be a plain name, got '" + name + "'");
        }
        return new SoakDatabase(server.endsWith("/") ? server : server + "/", name, user, password);
    }

    static SoakDatabase h2() {
        return new SoakDatabase(null, null, "sa", "");
    }

    boolean onMariaDb() {
        return server != null;
    }

    String describe() {
        return onMariaDb() ? "MariaDB " + server + name : "H2 (embedded)";
    }

    /** MariaDB: dropped and created empty. H2 starts empty with the service's cleared data directory. */
    void recreate() throws SQLException {
        if (onMariaDb()) {
            new ConsoleDatabase(server + name, user, password).recreate();
        }
    }

    /** What the service needs to use this database. */
    Map<String, String> serviceEnv() {
        Map<String, String> env = new HashMap<>();
        if (onMariaDb()) {
            env.put("DB_URL", server + name);
            env.put("DB_USER", user);
            env.put("DB_PASSWORD", password);
        }
        return env;
    }

    /**
     * Connects; on H2 only once the service runs, so that the service, not this process, hosts the
     * database (AUTO_SERVER).
     */
    void open(Path serviceDataDir) throws SQLException {
        connection = onMariaDb() ? DriverManager.getConnection(server, user, password)
                : DriverManager.getConnection("jdbc:h2:file:" + serviceDataDir.resolve("h2").resolve("inventory")
                + ";AUTO_SERVER=TRUE", user, password);
    }

    long pending() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table("inventory_request")
                     + " WHERE status = 'PENDING'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Connections to the service's database other than this one; {@code null} on H2 (in the service's JVM). */
    Long connections() throws SQLException {
        if (!onMariaDb()) {
            return null;
        }
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** How many of {@code requestIds} stand in each status; {@code MISSING} for ids with no row. */
    Map<String, Long> statusesOf(Collection<Long> requestIds) throws SQLException {
        Map<Long, String> all = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, status FROM " + table("inventory_request"))) {
            while (r.next()) {
                all.put(r.getLong(1), r.getString(2));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Long id : requestIds) {
            counts.merge(all.getOrDefault(id, "MISSING"), 1L, Long::sum);
        }
        return counts;
    }

    private String table(String table) {
        return onMariaDb() ? name + "." + table : table;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
