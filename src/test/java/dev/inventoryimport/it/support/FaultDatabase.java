package dev.inventoryimport.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The database of a fault test that runs the service as its own process: H2 files under the test's
 * data directory, or a MariaDB database of its own (next to the one the Arquillian tests use), as
 * the failsafe run ({@code it.database}) says.
 */
public final class FaultDatabase {

    private final boolean mariaDb;
    private final String schema;
    private Path dataDir;

    private FaultDatabase(boolean mariaDb, String schema) {
        this.mariaDb = mariaDb;
        this.schema = schema;
    }

    public static FaultDatabase forThisRun(String test) {
        return new FaultDatabase(TestServer.onMariaDb(), "inventory_" + test);
    }

    public String name() {
        return mariaDb ? "mariadb" : "h2";
    }

    public boolean onMariaDb() {
        return mariaDb;
    }

    /** Empties the data directory and, on MariaDB, recreates the database. */
    public void recreate(Path dataDir) throws SQLException {
        this.dataDir = dataDir;
        String previousInstance = previousInstance(dataDir);
        TestServer.deleteTree(dataDir);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (mariaDb) {
            try (Connection c = DriverManager.getConnection(server(), user(), password());
                 Statement s = c.createStatement()) {
                if (previousInstance != null) {
                    rollBackBranchesOf(previousInstance, s);
                }
                s.execute("DROP DATABASE IF EXISTS " + schema);
                s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
        }
    }

    /** The name the service gave itself on this data directory ({@code instance-id}), if any. */
    private static String previousInstance(Path dataDir) {
        try {
            Path id = dataDir.resolve("instance-id");
            return Files.exists(id) ? Files.readString(id).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Branches an earlier run of this test left prepared (a run stopped before its restart) would hold
     * their locks against the DROP. Only that instance's: other services on this MariaDB server (other
     * tests, other checkouts) keep theirs.
     */
    private static void rollBackBranchesOf(String instance, Statement s) throws SQLException {
        for (String branch : branchesOf(instance, s)) {
            s.execute("XA ROLLBACK " + branch);
        }
    }

    /** The prepared branches of an instance: Payara writes its name into each of its transaction ids. */
    private static List<String> branchesOf(String instance, Statement s) throws SQLException {
        String name = HexFormat.of().formatHex(instance.getBytes(StandardCharsets.UTF_8));
        List<String> branches = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("XA RECOVER FORMAT='SQL'")) {
            while (rs.next()) {
                String xid = rs.getString("data");
                if (xid.toLowerCase(Locale.ROOT).contains(name)) {
                    branches.add(xid);
                }
            }
        }
        return branches;
    }

    /** Prepared transaction branches the MariaDB server holds for the service on this data directory. */
    public long inDoubtBranches() throws SQLException {
        try (Connection c = DriverManager.getConnection(server(), user(), password());
             Statement s = c.createStatement()) {
            return branchesOf(previousInstance(dataDir), s).size();
        }
    }

    /** The service's configuration for this database; fast recovery timers for tests. */
    public Map<String, String> serviceEnv(Path dataDir, String token) {
        return serviceEnv(dataDir, token, mariaDb ? server() + schema : null);
    }

    /** As above with the service reaching MariaDB at another address (a proxy in between). */
    public Map<String, String> serviceEnv(Path dataDir, String token, String dbUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("DATA_DIR", dataDir.toString());
        env.put("ORDERFLOW_API_TOKEN", token);
        env.put("PENDING_GRACE_SECONDS", "5");
        env.put("SWEEP_INTERVAL_SECONDS", "2");
        env.put("IMPORT_CONSUMERS", "4");
        env.put("IMPORT_BATCH_SIZE", "1000");
        if (dbUrl != null) {
            env.put("DB_URL", dbUrl);
            env.put("DB_USER", user());
            env.put("DB_PASSWORD", password());
        }
        return env;
    }

    /** A direct connection for checks (H2 allows it next to the service: AUTO_SERVER). */
    public Connection connect() throws SQLException {
        if (mariaDb) {
            return DriverManager.getConnection(server() + schema, user(), password());
        }
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("h2").resolve("inventory")
                + ";AUTO_SERVER=TRUE", "sa", "");
    }

    public long queryLong(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row, or null without a row. */
    public String queryString(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** {@code jdbc:mysql://host:port/} of the MariaDB the Arquillian tests use. */
    public static String server() {
        String url = System.getProperty("it.mariadb.url");
        return url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
    }

    /** The port of that MariaDB (3306 unless the URL names another). */
    public static int port() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("//[^:/]+:(\\d+)/").matcher(server());
        return m.find() ? Integer.parseInt(m.group(1)) : 3306;
    }

    public static String user() {
        return System.getProperty("it.mariadb.user");
    }

    public static String password() {
        return System.getProperty("it.mariadb.password", "");
    }
}
