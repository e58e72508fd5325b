package dev.inventoryimport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.inventoryimport.it.PushClient.Line;
import dev.inventoryimport.tools.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for 20 s in the middle of a push stream (a loopback relay in front of
 * MariaDB is cut, never the shared server itself) and comes back. Pushes meanwhile are refused
 * with 503, never acknowledged and then lost; what was acknowledged is processed once the
 * database is back, without restarting the service. MariaDB only: H2 is embedded, it cannot go away.
 */
class OutageIT {

    private static final String TOKEN = "outage-token";
    private static final int SKUS = 200;

    private final FaultDatabase database = FaultDatabase.forThisRun("outage");
    private final Map<Long, Long> acked = new ConcurrentHashMap<>(); // request id -> message id
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

    @Test
    void pushesDuringAnOutageAre503AndAcknowledgedOnesCompleteAfterIt() throws Exception {
        Path dataDir = Path.of("target", "fault-data", "outage").toAbsolutePath();
        database.recreate(dataDir);
        int port = freePort();
        int mariaDbPort = FaultDatabase.port();
        try (LoopbackProxy proxy = new LoopbackProxy(mariaDbPort);
             ServiceProcess service = ServiceProcess.start(Path.of("").toAbsolutePath(), port,
                     database.serviceEnv(dataDir, TOKEN, FaultDatabase.server().replace(":" + mariaDbPort + "/",
                             ":" + proxy.port() + "/") + "inventory_outage"), dataDir.resolve("service.log"))) {
            String base = "http://127.0.0.1:" + port + "/";
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger nextMessage = new AtomicInteger(1);
            ExecutorService pushers = Executors.newFixedThreadPool(2);
            for (int t = 0; t < 2; t++) {
                pushers.submit(() -> push(base, nextMessage, stop));
            }
            Thread.sleep(8_000);
            int ackedBefore = acked.size();
            proxy.cut();
            long cutAt = System.nanoTime();
            Thread.sleep(20_000);
            Map<String, AtomicInteger> duringOutage = snapshot();
            proxy.restore();
            System.out.printf("OutageIT: database cut for %d ms%n", (System.nanoTime() - cutAt) / 1_000_000);
            Thread.sleep(15_000);
            stop.set(true);
            pushers.shutdown();
            assertTrue(pushers.awaitTermination(60, TimeUnit.SECONDS));

            awaitNoPending(Duration.ofSeconds(120));
            long lost = lostOf();
            long twice = database.queryLong("SELECT COUNT(*) FROM (SELECT message_id FROM inventory_import"
                    + " GROUP BY message_id HAVING COUNT(*) > 1) t");
            System.out.printf("OutageIT: answers %s (by the end of the outage: %s); acknowledged %d (%d before the"
                    + " cut), lost %d, applied twice %d%n", answers, duringOutage, acked.size(), ackedBefore, lost, twice);
            assertTrue(ackedBefore > 0, "pushes flowed before the cut");
            assertTrue(count(duringOutage, "503") > 0, "pushes during the outage were refused with 503");
            assertEquals(Map.of(), other(answers), "no answer but 200 and 503");
            assertTrue(acked.size() > count(duringOutage, "200"), "pushes flowed again after the outage, no restart");
            assertEquals(0, lost, "acknowledged but never processed");
            assertEquals(0, twice, "applied twice");
        }
    }

    private void push(String base, AtomicInteger nextMessage, AtomicBoolean stop) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (!stop.get()) {
            long m = nextMessage.getAndIncrement();
            List<Line> lines = List.of(Line.of("OUT-" + m % SKUS, m, m), Line.of("OUT-" + (m + 7) % SKUS, m, m));
            String outcome;
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base
                                + "rest/V1/orderflow/inventory")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(PushClient.json(m, lines))).build(),
                        HttpResponse.BodyHandlers.ofString());
                outcome = Integer.toString(answer.statusCode());
                if (answer.statusCode() == 200) {
                    acked.put(Long.parseLong(answer.headers().firstValue("X-Request-Id").orElseThrow()), m);
                }
            } catch (IOException e) {
                outcome = "no answer: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Map<String, AtomicInteger> snapshot() {
        Map<String, AtomicInteger> copy = new TreeMap<>();
        answers.forEach((k, v) -> copy.put(k, new AtomicInteger(v.get())));
        return copy;
    }

    private static int count(Map<String, AtomicInteger> answers, String status) {
        AtomicInteger n = answers.get(status);
        return n == null ? 0 : n.get();
    }

    private static Map<String, Integer> other(Map<String, AtomicInteger> answers) {
        Map<String, Integer> other = new TreeMap<>();
        answers.forEach((k, v) -> {
            if (!k.equals("200") && !k.equals("503")) {
                other.put(k, v.get());
            }
        });
        return other;
    }

    private long lostOf() throws Exception {
        Map<Long, String> status = new ConcurrentHashMap<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, status FROM inventory_request")) {
            while (rs.next()) {
                status.put(rs.getLong(1), rs.getString(2));
            }
        }
        return acked.keySet().stream().filter(id -> !"PROCESSED".equals(status.get(id))).count();
    }

    private void awaitNoPending(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (database.queryLong("SELECT COUNT(*) FROM inventory_request WHERE status = 'PENDING'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Requests still Pending " + timeout + " after the outage");
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
