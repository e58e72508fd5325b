package dev.inventoryimport.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.inventoryimport.it.support.Browser;
import dev.inventoryimport.it.support.FaultDatabase;
import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.platform.CrashPoint;
import dev.inventoryimport.tools.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The container's transaction recovery, proven at the one point that matters: each kind of
 * transaction with two branches is held after its prepare phase, once the coordinator has logged
 * its decision ({@link CrashPoint}), the server is killed with {@code kill -9} there, and restarted
 * on its data. Without operator action the transaction then ends as decided, in the database and in
 * the broker, and no branch stays in doubt. The sweeper is kept out of it (a grace period of an
 * hour), so only recovery can deliver a trigger left prepared in the broker.
 *
 * <p>The sweeper's re-queue is not among them: it sends triggers in a transaction of the broker
 * alone, which commits in one phase.
 */
class RecoveryIT {

    private static final String TOKEN = "recovery-token";
    private static final String ADMIN_PASSWORD = "recovery-admin-password";
    private static final Duration HELD = Duration.ofSeconds(120);
    private static final Duration DONE = Duration.ofSeconds(180);

    private final FaultDatabase database = FaultDatabase.forThisRun("recovery");

    /** Intake: the row commits first (the database as last agent), the trigger is left prepared. */
    @Test
    void aPushHeldAfterPrepareIsImportedAfterTheRestart() throws Exception {
        Path dataDir = dataDir("intake");
        Map<String, String> env = env(dataDir, "intake");
        int port = freePort();
        String base = "http://127.0.0.1:" + port + "/";
        try (ServiceProcess first = start(port, env, dataDir.resolve("first.log"))) {
            CompletableFuture.runAsync(() -> push(base, 501, List.of(Line.of("RECOVER-PUSH", 17, 5))));
            awaitHeld(dataDir.resolve("first.log"), "intake");
            assertEquals("PENDING", status(501), "the row commits before the trigger, as the last agent");
            first.kill();
        }
        restartAndAwaitImported(port, env, dataDir, 501, "RECOVER-PUSH", 17);
    }

    /** Process now: the Failed request's re-opening (database) and its trigger (broker), both prepared. */
    @Test
    void processNowHeldAfterPrepareCompletesAfterTheRestart() throws Exception {
        Path dataDir = dataDir("process-now");
        Map<String, String> env = env(dataDir, "process-now");
        int port = freePort();
        String base = "http://127.0.0.1:" + port + "/";
        long requestId;
        try (ServiceProcess first = start(port, env, dataDir.resolve("first.log"))) {
            database.execute("ALTER TABLE stock_item ADD CONSTRAINT it_recovery_poison CHECK (sku <> 'RECOVER-POISON')");
            requestId = push(base, 601, List.of(Line.of("RECOVER-POISON", 3, 1)));
            awaitStatus(601, "FAILED");
            database.execute("ALTER TABLE stock_item DROP CONSTRAINT it_recovery_poison");

            try (Browser b = Browser.start(dataDir.resolve("screenshots"))) {
                URL url = URI.create(base).toURL();
                b.open(url, "login.xhtml");
                b.type(By.id("login:username"), "admin");
                b.type(By.id("login:password"), ADMIN_PASSWORD);
                b.click(By.id("login:submit"));
                b.open(url, "admin/request.xhtml?id=" + requestId);
                b.click(By.id("request:processNow"));
                b.click(By.cssSelector(".ui-confirmdialog-yes"));
                awaitHeld(dataDir.resolve("first.log"), "process-now");
            }
            assertEquals("FAILED", status(601), "nothing commits before the kill");
            assertTrue(inDoubtBranches() > 0, "the database branch is prepared at the kill");
            first.kill();
        }
        restartAndAwaitImported(port, env, dataDir, 601, "RECOVER-POISON", 3);
    }

    /**
     * Restarts the server on its data without the crash point: recovery alone must then get the
     * message imported, and leave no branch of this instance in doubt.
     */
    private void restartAndAwaitImported(int port, Map<String, String> env, Path dataDir, long messageId, String sku,
                                         long quantity) throws Exception {
        env.remove("CRASH_AFTER_PREPARE");
        try (ServiceProcess second = start(port, env, dataDir.resolve("second.log"))) {
            awaitStatus(messageId, "PROCESSED");
            assertEquals(quantity, database.queryLong("SELECT quantity FROM stock_item WHERE sku = '" + sku + "'"));
            assertEquals(0, inDoubtBranches(), "branches left in doubt after recovery");
        }
    }

    private Path dataDir(String kind) throws Exception {
        Path dataDir = Path.of("target", "fault-data", "recovery-" + kind + "-" + database.name()).toAbsolutePath();
        database.recreate(dataDir);
        return dataDir;
    }

    private Map<String, String> env(Path dataDir, String crashPoint) {
        Map<String, String> env = database.serviceEnv(dataDir, TOKEN);
        env.put("CRASH_AFTER_PREPARE", crashPoint);
        env.put("PENDING_GRACE_SECONDS", "3600");
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Recovery asks the resources the post-boot file defines; the resource adapter's deployment
        // takes seconds more on a loaded machine. This test proves what recovery does once it has them.
        env.put("RECOVERY_DELAY_SECONDS", "40");
        return env;
    }

    private static ServiceProcess start(int port, Map<String, String> env, Path log) throws Exception {
        return ServiceProcess.start(Path.of("").toAbsolutePath(), port, env, log, Duration.ofSeconds(300));
    }

    /** Sends one push over the REST twin; the answer's request id (or -1 if the server went away). */
    private static long push(String base, long messageId, List<Line> lines) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "rest/V1/orderflow/inventory"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PushClient.json(messageId, lines))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return Long.parseLong(answer.headers().firstValue("X-Request-Id").orElseThrow());
        } catch (IOException e) {
            return -1; // held, then killed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void awaitHeld(Path log, String kind) throws Exception {
        long deadline = System.nanoTime() + HELD.toNanos();
        while (!Files.exists(log) || !Files.readString(log, StandardCharsets.ISO_8859_1).contains(CrashPoint.HELD + kind)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No transaction of kind " + kind + " was held within " + HELD);
            }
            Thread.sleep(200);
        }
    }

    private String status(long messageId) throws Exception {
        return database.queryString("SELECT status FROM inventory_request WHERE message_id = " + messageId);
    }

    private void awaitStatus(long messageId, String expected) throws Exception {
        long deadline = System.nanoTime() + DONE.toNanos();
        String now;
        while (!expected.equals(now = status(messageId))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Message " + messageId + " is " + now + ", not " + expected + ", after " + DONE);
            }
            Thread.sleep(250);
        }
    }

    /** Prepared branches the database holds: MariaDB's XA RECOVER, or H2's in-doubt transactions. */
    private long inDoubtBranches() throws Exception {
        return database.onMariaDb() ? database.inDoubtBranches()
                : database.queryLong("SELECT COUNT(*) FROM INFORMATION_SCHEMA.IN_DOUBT");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
