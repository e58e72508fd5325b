package dev.inventoryimport.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The server under test: the WAR `mvn package` built, deployed to a fresh Payara Micro by
 * Arquillian, on a clean database (H2 under {@code it.dataDir}, or the MariaDB named by
 * {@code it.mariadb.url}), and a JDBC connection to that database for checks and fault injection.
 */
public final class TestServer {

    private TestServer() {
    }

    public static boolean onMariaDb() {
        return "mariadb".equals(System.getProperty("it.database"));
    }

    /** Call from the {@code @Deployment} method: it runs before the server starts. */
    public static WebArchive freshDeployment() {
        Path dataDir = Path.of(required("it.dataDir"));
        deleteTree(dataDir);
        if (onMariaDb()) {
            recreateMariaDb();
        }
        File war = new File(required("app.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No " + war + ": run `mvn -B verify`, which packages it first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    public static Connection database() throws SQLException {
        if (onMariaDb()) {
            return DriverManager.getConnection(required("it.mariadb.url"), System.getProperty("it.mariadb.user"),
                    System.getProperty("it.mariadb.password", ""));
        }
        Path db = Path.of(required("it.dataDir")).toAbsolutePath().resolve("h2").resolve("inventory");
        return DriverManager.getConnection("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE", "sa", "");
    }

    public static void execute(String sql) {
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static long queryLong(String sql) {
        try (Connection c = database(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static String queryString(String sql) {
        try (Connection c = database(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void recreateMariaDb() {
        String url = required("it.mariadb.url");
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        String server = url.substring(0, slash + 1);
        String name = url.substring(slash + 1).replaceAll("[?;].*", "");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Unexpected database name in it.mariadb.url: " + name);
        }
        try (Connection c = DriverManager.getConnection(server, System.getProperty("it.mariadb.user"),
                System.getProperty("it.mariadb.password", ""));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB is not reachable at " + server + " (" + e.getMessage()
                    + "). Start it (`bash .ci/run` installs and starts it), or point -Dit.mariadb.url at one.", e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with `mvn -B verify`");
        }
        return v;
    }
}
