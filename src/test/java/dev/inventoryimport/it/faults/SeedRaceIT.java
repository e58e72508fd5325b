package dev.inventoryimport.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.inventoryimport.it.support.FaultDatabase;
import dev.inventoryimport.platform.ConcurrentStart;
import dev.inventoryimport.platform.database.Migrations;
import dev.inventoryimport.settings.Setting;
import dev.inventoryimport.tools.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * A start that loses the start-up seeding race to another instance (MariaDB only: the loss is staged
 * with a SQL trigger). The schema is migrated as the other instance left it; the trigger fails the
 * insert of a setting as a duplicate key. Lost once, the start seeds again in a new transaction (one
 * doomed by the first failure could not commit) and comes up with every setting seeded; lost on
 * every attempt, it fails after {@link ConcurrentStart#ATTEMPTS} attempts with the seed's own error.
 */
class SeedRaceIT {

    private static final String SEED_FAILED = "Seeding the run-time settings failed, probably against another instance"
            + " starting at the same time: ";
    private static final String STAGED = "Duplicate entry for key PRIMARY (staged: another instance seeded first)";

    private final FaultDatabase database = FaultDatabase.forThisRun("seed_race");

    @Test
    void aStartThatLostTheSeedingRaceSeedsAgainAndComesUp() throws Exception {
        Path dataDir = prepare("once", "NOT EXISTS (SELECT 1 FROM seed_race_lost)");
        Path log = dataDir.resolve("service.log");
        int port = freePort();
        try (ServiceProcess service = ServiceProcess.start(Path.of("").toAbsolutePath(), port,
                database.serviceEnv(dataDir, "seed-race-token"), log, Duration.ofSeconds(300))) {
            HttpResponse<String> ready = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(service.baseUrl() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
        }
        assertEquals(1, database.queryLong("SELECT COUNT(*) FROM seed_race_lost"), "the first attempt lost");
        assertEquals(Setting.values().length, database.queryLong("SELECT COUNT(*) FROM setting"),
                "the next attempt seeded every setting");
        assertEquals(1, count(Files.readString(log), SEED_FAILED), "one attempt lost, the next one won");
    }

    @Test
    void aStartThatKeepsLosingFailsWithTheSeedsOwnError() throws Exception {
        Path dataDir = prepare("always", "TRUE");
        Path log = dataDir.resolve("service.log");
        int port = freePort();
        assertThrows(IllegalStateException.class, () -> ServiceProcess.start(Path.of("").toAbsolutePath(), port,
                database.serviceEnv(dataDir, "seed-race-token"), log, Duration.ofSeconds(300)).close());
        String text = Files.readString(log);
        assertEquals(ConcurrentStart.ATTEMPTS, count(text, SEED_FAILED + "SQLIntegrityConstraintViolationException: " + STAGED),
                "every attempt ran, then the start gave up");
        assertEquals(ConcurrentStart.ATTEMPTS, database.queryLong("SELECT COUNT(*) FROM seed_race_lost"));
        assertTrue(text.lastIndexOf(STAGED) > text.lastIndexOf(SEED_FAILED), "the start failed with the seed's own error");
        assertEquals(0, database.queryLong("SELECT COUNT(*) FROM setting"));
    }

    /**
     * A fresh database migrated as another instance would have left it, with a trigger that fails
     * the insert of a setting while {@code lose} holds; every loss is recorded in a non-transactional
     * table, which the failed insert's rollback keeps.
     */
    private Path prepare(String name, String lose) throws Exception {
        if (!database.onMariaDb()) {
            throw new IllegalStateException("MariaDB only: the failsafe H2 run excludes it unless -Dit.test names it");
        }
        Path dataDir = Path.of("target", "fault-data", "seed-race-" + name).toAbsolutePath();
        database.recreate(dataDir);
        Map<String, String> env = database.serviceEnv(dataDir, "seed-race-token");
        MysqlDataSource db = new MysqlDataSource();
        db.setUrl(env.get("DB_URL"));
        db.setUser(env.get("DB_USER"));
        db.setPassword(env.get("DB_PASSWORD"));
        Migrations.migrate(db);
        database.execute("CREATE TABLE seed_race_lost (at TIMESTAMP(6)) ENGINE=MyISAM");
        database.execute("CREATE TRIGGER seed_race BEFORE INSERT ON setting FOR EACH ROW"
                + " BEGIN"
                + "   IF " + lose + " THEN"
                + "     INSERT INTO seed_race_lost VALUES (NOW(6));"
                + "     SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 1062, MESSAGE_TEXT = '" + STAGED + "';"
                + "   END IF;"
                + " END");
        return dataDir;
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
