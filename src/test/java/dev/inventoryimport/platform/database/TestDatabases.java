package dev.inventoryimport.platform.database;

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
import javax.sql.DataSource;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh, empty database of its own for a plain JUnit test against a real database, chosen by the
 * failsafe run ({@code it.database}): an H2 file under {@code target/} with the service's own URL,
 * or a MariaDB database next to the one the Arquillian tests use ({@code it.mariadb.url}).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    static boolean onMariaDb() {
        return "mariadb".equals(System.getProperty("it.database"));
    }

    public static DataSource fresh(String name) {
        return onMariaDb() ? freshMariaDb(name) : freshH2(name);
    }

    static DataSource freshMariaDb(String name) {
        String url = System.getProperty("it.mariadb.url");
        if (url == null) {
            throw new IllegalStateException("System property it.mariadb.url is not set: run the tests with `mvn -B verify`");
        }
        String server = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
        String user = System.getProperty("it.mariadb.user");
        String password = System.getProperty("it.mariadb.password", "");
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB is not reachable at " + server + " (" + e.getMessage()
                    + "). Start it (`bash .ci/run` installs and starts it), or point -Dit.mariadb.url at one.", e);
        }
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl(server + name);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    static DataSource freshH2(String name) {
        Path dir = Path.of("target", "it-data", name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("h2").resolve("inventory") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=2000");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
