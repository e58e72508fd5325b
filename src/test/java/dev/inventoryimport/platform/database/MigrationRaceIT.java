package dev.inventoryimport.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import dev.inventoryimport.platform.jobs.DbTimeLockStorage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Two instances starting together on a fresh MySQL/MariaDB database both run the application's
 * migration ({@link Migrations}, as {@link DatabaseMigration} does at start-up) at the same moment,
 * each on connections of its own. Flyway's named lock ({@code GET_LOCK}) must serialise them: both
 * succeed, every version is applied once, and the schema works. Three rounds, each on a database
 * created afresh. The failsafe H2 run runs it too, as two starts within one process (Flyway locks
 * its history table there); H2 itself stays single-instance: its file belongs to one process.
 */
class MigrationRaceIT {

    private record Run(MigrateResult result, long startNanos, long endNanos) {
    }

    @Test
    void twoInstancesMigratingAFreshDatabaseAtOnceBothSucceedAndApplyEachVersionOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                DataSource db = TestDatabases.fresh("inventory_migration_race");
                List<Run> runs = migrateAtOnce(pool, db);
                Run one = runs.get(0);
                Run two = runs.get(1);
                System.out.printf("MigrationRaceIT round %d: %d and %d migration(s) applied, %d and %d ms%n", round,
                        one.result().migrationsExecuted, two.result().migrationsExecuted,
                        (one.endNanos() - one.startNanos()) / 1_000_000, (two.endNanos() - two.startNanos()) / 1_000_000);
                assertTrue(one.startNanos() < two.endNanos() && two.startNanos() < one.endNanos(),
                        "the two migrations overlapped in time");
                assertTrue(one.result().success && two.result().success);

                Set<String> available = availableVersions(db);
                assertTrue(available.contains("7"), "the migrations were found: " + available);
                assertEquals(available.size(), one.result().migrationsExecuted + two.result().migrationsExecuted,
                        "between them, the two instances applied each version once");
                assertEachVersionRecordedOnce(db, available);
                assertUsable(db);
                assertEquals(0, Migrations.migrate(db).migrationsExecuted, "a third start finds nothing to do");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Run> migrateAtOnce(ExecutorService pool, DataSource db) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Run>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                long started = System.nanoTime();
                MigrateResult result = Migrations.migrate(db);
                return new Run(result, started, System.nanoTime());
            }));
        }
        List<Run> runs = new ArrayList<>();
        for (Future<Run> f : futures) {
            runs.add(f.get(2, TimeUnit.MINUTES)); // a failed migration throws here, failing the test
        }
        return runs;
    }

    private static Set<String> availableVersions(DataSource db) {
        Set<String> versions = new TreeSet<>();
        for (MigrationInfo info : Migrations.flyway(db).info().all()) {
            versions.add(info.getVersion().getVersion());
        }
        return versions;
    }

    private static void assertEachVersionRecordedOnce(DataSource db, Set<String> available) throws SQLException {
        List<String> recorded = new ArrayList<>();
        // Flyway quotes its table's lower-case name on H2; MySQL reads double quotes as a string.
        String table = DatabaseKind.of(db) == DatabaseKind.H2 ? "\"flyway_schema_history\"" : "flyway_schema_history";
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            while (rs.next()) {
                if (rs.getString("version") != null) {
                    assertTrue(rs.getBoolean("success"), "version " + rs.getString("version") + " succeeded");
                    recorded.add(rs.getString("version"));
                }
            }
        }
        assertEquals(new ArrayList<>(available), recorded.stream().sorted().toList(), "each version recorded once");
        Migrations.flyway(db).validate(); // checksums of the applied scripts match
    }

    /** Tables of several versions are there and take rows; the seeds of V1 and V4 are there once. */
    private static void assertUsable(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT gen_name) FROM id_gen")) {
                rs.next();
                assertEquals(rs.getInt(2), rs.getInt(1));
                assertTrue(rs.getInt(1) >= 3, "request, import and audit id rows");
            }
            s.executeUpdate("INSERT INTO processed_message (message_id, request_id) VALUES (71, 1)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM inventory_request")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
        DbTimeLockStorage locks = new DbTimeLockStorage(db, DatabaseKind.of(db), "migration-race");
        assertTrue(locks.insertRecord(new LockConfiguration(Instant.now(), "pending-sweeper", Duration.ofMinutes(1),
                Duration.ZERO)));
    }
}
