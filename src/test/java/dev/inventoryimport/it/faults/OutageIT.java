package dev.inventoryimport.it.faults;

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

import dev.inventoryimport.it.support.FaultDatabase;
import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.tools.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for 20 s in the middle of a push stream (a loopback relay in front of
 * MariaDB is cut, never the shared server itself) and comes back. Pushes meanwhile are refused
 * with 503, never acknowledged and then lost; what was acknowledged is processed once the
 * database is back, without restarting the service. Meanwhile {@code /health/ready} says 503 with
 * the reason, {@code /metrics} still answers (the backlog unknown), and readiness returns after. MariaDB only: H2 is embedded, it cannot go away.
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
            HttpResponse<String> readyBefore = get(base + "health/ready");
            proxy.cut();
            long cutAt = System.nanoTime();
            ReadinessWatch duringCut = watchReadiness(base, cutAt, Duration.ofSeconds(20));
            Map<String, AtomicInteger> duringOutage = snapshot();
            proxy.restore();
            long restoredAt = System.nanoTime();
            System.out.printf("OutageIT: database cut for %d ms%n", (restoredAt - cutAt) / 1_000_000);
            HttpResponse<String> readyAfter = awaitReady(base, Duration.ofSeconds(15));
            long readyAfterMs = (System.nanoTime() - restoredAt) / 1_000_000;
            Thread.sleep(Math.max(0, 15_000 - readyAfterMs));
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

            System.out.printf("OutageIT: /health/ready before the cut %d, during it %s, 200 again %d ms after it;"
                    + " during it: %s; /metrics during it: %d, %s%n", readyBefore.statusCode(), duringCut.statuses(),
                    readyAfterMs, duringCut.downBody(), duringCut.metricsStatus(), duringCut.pendingGauge());
            assertEquals(200, readyBefore.statusCode(), readyBefore.body());
            assertTrue(duringCut.downBody() != null && duringCut.downBody().contains("database unreachable"),
                    "not ready during the cut, with the reason: " + duringCut.downBody());
            assertEquals(List.of(), duringCut.readyAfterSettling(), "ready while the database was cut");
            assertEquals(200, duringCut.metricsStatus(), "a scrape during the cut still answers");
            assertTrue(duringCut.pendingGauge().endsWith(" NaN"), "the backlog is unknown, not 0: " + duringCut.pendingGauge());
            assertEquals(200, readyAfter.statusCode(), "ready again once the database is back: " + readyAfter.body());
            assertTrue(readyAfter.body().contains("\"status\":\"UP\""), readyAfter.body());
        }
    }

    /** What {@code /health/ready} and {@code /metrics} answered while the database was cut. */
    private record ReadinessWatch(Map<Long, Integer> statuses, String downBody, int metricsStatus, String pendingGauge) {
        /** Probes answered 200 more than 3 s into the cut (a probe in flight at the cut may still pass). */
        List<Long> readyAfterSettling() {
            return statuses.entrySet().stream().filter(e -> e.getKey() > 3_000 && e.getValue() == 200)
                    .map(Map.Entry::getKey).toList();
        }
    }

    /** Probes readiness every half second for {@code length} from the cut, and scrapes the metrics once, 5 s in. */
    private static ReadinessWatch watchReadiness(String base, long cutAt, Duration length) throws Exception {
        Map<Long, Integer> statuses = new TreeMap<>();
        String downBody = null;
        HttpResponse<String> metrics = null;
        while (System.nanoTime() - cutAt < length.toNanos()) {
            long at = (System.nanoTime() - cutAt) / 1_000_000;
            HttpResponse<String> ready = get(base + "health/ready");
            statuses.put(at, ready.statusCode());
            if (ready.statusCode() == 503 && downBody == null) {
                downBody = ready.body();
            }
            if (metrics == null && at > 5_000) {
                metrics = get(base + "metrics");
            }
            Thread.sleep(500);
        }
        String pending = metrics == null ? "" : metrics.body().lines()
                .filter(l -> l.startsWith("inventory_pending_requests{")).findFirst().orElse("");
        return new ReadinessWatch(statuses, downBody, metrics == null ? -1 : metrics.statusCode(), pending);
    }

    private static HttpResponse<String> awaitReady(String base, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> ready = get(base + "health/ready");
        while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            ready = get(base + "health/ready");
        }
        return ready;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
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
