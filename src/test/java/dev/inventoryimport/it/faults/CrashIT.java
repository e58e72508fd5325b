package dev.inventoryimport.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.inventoryimport.it.support.FaultDatabase;
import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.tools.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of a full push, then a restart with nothing re-sent: every
 * acknowledged message is processed exactly once and every SKU holds its newest figure. The
 * service runs as operators run it ({@code server-config/launch.sh}), on the database of this
 * failsafe run (H2 files under the data directory, or a MariaDB database of its own).
 */
class CrashIT {

    private static final String TOKEN = "crash-token";
    private static final int MESSAGES = 4_000;
    private static final int SKUS = 4_000;
    private static final int LINES = 40;
    private static final int KILL_AFTER_ACKS = 2_000;

    private final FaultDatabase database = FaultDatabase.forThisRun("crash");
    private final Map<Long, Long> acked = new ConcurrentHashMap<>(); // request id -> message id

    @Test
    void everyAcknowledgedMessageIsProcessedExactlyOnceAfterAKill() throws Exception {
        Path dataDir = Path.of("target", "fault-data", "crash-" + database.name()).toAbsolutePath();
        database.recreate(dataDir);
        int port = freePort();
        Map<String, String> env = database.serviceEnv(dataDir, TOKEN);

        ServiceProcess first = ServiceProcess.start(Path.of("").toAbsolutePath(), port, env, dataDir.resolve("first.log"));
        Connection blocker = lockASkuOfEveryHundredthMessage();
        try {
            pushUntilKilled(first, "http://127.0.0.1:" + port + "/");
        } finally {
            release(blocker);
        }
        assertLogReadableByRecovery(dataDir.resolve("tx-log/server/tx"));
        long processedAtKill = database.queryLong("SELECT COUNT(*) FROM inventory_request WHERE status = 'PROCESSED'");
        long storedAtKill = database.queryLong("SELECT COUNT(*) FROM inventory_request");

        try (ServiceProcess second = ServiceProcess.start(Path.of("").toAbsolutePath(), port, env,
                dataDir.resolve("second.log"))) {
            awaitNoPending(Duration.ofSeconds(180));
            Verdict v = verdict();
            System.out.printf("CrashIT %s: acknowledged %d, stored at kill %d, processed at kill %d, processed after"
                            + " restart %d, lost %d, applied twice %d, SKUs wrong %d%n", database.name(), acked.size(),
                    storedAtKill, processedAtKill, v.processed, v.lost, v.appliedTwice, v.skusWrong);
            assertTrue(acked.size() >= KILL_AFTER_ACKS, "the kill came mid-push");
            assertTrue(processedAtKill < storedAtKill, "part of the push was still to be processed at the kill");
            assertEquals(0, v.lost, "acknowledged but not processed");
            assertEquals(0, v.appliedTwice, "messages applied twice");
            assertEquals(0, v.skusWrong, "SKUs not at their newest figure");
            if (database.onMariaDb()) {
                awaitNoInDoubtBranches(Duration.ofSeconds(60));
            }
        }
    }

    /**
     * The transaction log the killed server wrote is one that Payara's recovery can read: a log opened
     * once starts in extent 1 and its control file names a tail; a second opening of a new log by
     * concurrent first commits wrote from extent 0, with a null tail, which recovery reads in a loop
     * (docs/resources.md).
     */
    private static void assertLogReadableByRecovery(Path log) throws IOException {
        assertFalse(Files.exists(log.resolve("extent.000")), "a log written from extent 0");
        ByteBuffer control = ByteBuffer.wrap(Files.readAllBytes(log.resolve("control")));
        assertNotEquals(0L, control.getLong(8), "the control file's tail is the null position");
    }

    /**
     * The import keeps up with four pushers, so the kill would find nothing left to do: this holds
     * the stock row of {@code CRASH-0} (in every hundredth message) locked until the kill. Imports
     * that reach it wait, each holding its consumer, so the kill comes with imports in flight and
     * acknowledged requests queued behind them, however fast the import is.
     */
    private Connection lockASkuOfEveryHundredthMessage() throws SQLException {
        Connection c = database.connect();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO stock_item (sku, source, quantity, is_in_stock, sequence_id, updated_at, version)"
                    + " VALUES ('" + sku(0, 0) + "', 'default', 0, FALSE, 0, '2026-01-01 00:00:00', 1)");
            c.setAutoCommit(false);
            // The whole key: a lock on that row alone, not on the gap after it (which would hold every insert).
            s.executeQuery("SELECT quantity FROM stock_item WHERE sku = '" + sku(0, 0) + "' AND source = 'default'"
                    + " FOR UPDATE").close();
        }
        return c;
    }

    /** Ends the lock. On H2 it is gone already: the killed server hosted this connection too (AUTO_SERVER). */
    private static void release(Connection blocker) {
        try (blocker) {
            blocker.rollback();
        } catch (SQLException closedWithTheServer) {
            // nothing left to release
        }
    }

    /** Four pushers send the full push; the server is killed once enough pushes are acknowledged. */
    private void pushUntilKilled(ServiceProcess service, String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger(1);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pushers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pushers.submit(() -> {
                for (int m = next.getAndIncrement(); m <= MESSAGES && !killed.get(); m = next.getAndIncrement()) {
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base
                                        + "rest/V1/orderflow/inventory")).timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(PushClient.json(m, lines(m)))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200) {
                            acked.put(Long.parseLong(answer.headers().firstValue("X-Request-Id").orElseThrow()),
                                    (long) m);
                        }
                    } catch (IOException e) {
                        return; // the server is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        while (acked.size() < KILL_AFTER_ACKS) {
            Thread.sleep(5);
        }
        service.kill();
        killed.set(true);
        pushers.shutdown();
        assertTrue(pushers.awaitTermination(60, TimeUnit.SECONDS));
    }

    /** Message m sets SKUs m*40 .. m*40+39 (mod 4,000) to m+k at sequence id m: each SKU in 40 messages. */
    private static List<Line> lines(long m) {
        List<Line> lines = new ArrayList<>(LINES);
        for (int k = 0; k < LINES; k++) {
            lines.add(Line.of(sku(m, k), m + k, m));
        }
        return lines;
    }

    private static String sku(long m, int k) {
        return "CRASH-" + (m * LINES + k) % SKUS;
    }

    private void awaitNoPending(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (database.queryLong("SELECT COUNT(*) FROM inventory_request WHERE status = 'PENDING'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Requests still Pending " + timeout + " after the restart");
            }
            Thread.sleep(500);
        }
    }

    /** A branch the kill left prepared holds its locks until the service rolls it back. */
    private void awaitNoInDoubtBranches(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while ((left = database.inDoubtBranches()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(left + " transaction branch(es) still in doubt " + timeout + " after recovery");
            }
            Thread.sleep(500);
        }
    }

    private record Verdict(long processed, long lost, long appliedTwice, long skusWrong) {
    }

    private Verdict verdict() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            Map<Long, String> status = new HashMap<>();
            Map<Long, Long> messageOf = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, status, message_id FROM inventory_request")) {
                while (rs.next()) {
                    status.put(rs.getLong(1), rs.getString(2));
                    messageOf.put(rs.getLong(1), rs.getLong(3));
                }
            }
            long lost = acked.keySet().stream().filter(id -> !"PROCESSED".equals(status.get(id))).count();
            long twice = count(s, "SELECT COUNT(*) FROM (SELECT message_id FROM inventory_import GROUP BY message_id"
                    + " HAVING COUNT(*) > 1) t") + count(s, "SELECT COUNT(*) FROM (SELECT request_id FROM"
                    + " inventory_import GROUP BY request_id HAVING COUNT(*) > 1) t");
            Set<Long> applied = new HashSet<>();
            status.forEach((id, st) -> {
                if ("PROCESSED".equals(st)) {
                    applied.add(messageOf.get(id));
                }
            });
            assertEquals(applied.size(), count(s, "SELECT COUNT(*) FROM inventory_import"), "one import per message");
            Map<String, Long> newest = new HashMap<>();
            Map<String, Long> expectedQty = new HashMap<>();
            for (long m : applied) {
                for (int k = 0; k < LINES; k++) {
                    String sku = sku(m, k);
                    if (newest.getOrDefault(sku, 0L) < m) {
                        newest.put(sku, m);
                        expectedQty.put(sku, m + k);
                    }
                }
            }
            long wrong = 0;
            Map<String, Long> actual = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT sku, quantity, sequence_id FROM stock_item")) {
                while (rs.next()) {
                    actual.put(rs.getString(1), rs.getBigDecimal(2).longValueExact());
                    if (rs.getLong(3) != newest.getOrDefault(rs.getString(1), -1L)) {
                        wrong++;
                    }
                }
            }
            for (var e : expectedQty.entrySet()) {
                if (!e.getValue().equals(actual.get(e.getKey()))) {
                    wrong++;
                }
            }
            return new Verdict(applied.size(), lost, twice, wrong);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
