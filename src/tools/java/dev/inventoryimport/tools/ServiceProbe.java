package dev.inventoryimport.tools;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Reads the service's own APIs for the benchmark: waits until every import has ended (its metrics),
 * reads each request's outcome (request API) and every SKU back (the stock changes feed).
 */
final class ServiceProbe {

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ServiceProbe(String baseUrl, String token) {
        this.base = URI.create(baseUrl + "/");
        this.token = token;
    }

    /** A processed request as the request API reports it. */
    record Done(long requestId, String status, Instant receivedAt, Instant processedAt, int successes,
                int duplicates) {
    }

    /**
     * Polls until every request has left Pending; fails after {@code timeout}. Asks oldest first and
     * stops a round at a handful still Pending: the newer ones are no further along.
     */
    List<Done> awaitProcessed(Collection<Long> requestIds, Duration timeout) throws IOException, InterruptedException {
        Set<Long> waiting = new TreeSet<>(requestIds);
        List<Done> done = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            int pendingSeen = 0;
            for (Iterator<Long> it = waiting.iterator(); it.hasNext() && pendingSeen < 20; ) {
                long id = it.next();
                JsonObject r = get("rest/V1/orderflow/requests/" + id);
                if ("Pending".equals(r.getString("status"))) {
                    pendingSeen++;
                    continue;
                }
                it.remove();
                done.add(new Done(id, r.getString("status"), Instant.parse(r.getString("received_at")),
                        Instant.parse(r.getString("processed_at")),
                        r.isNull("successes") ? 0 : r.getInt("successes"),
                        r.isNull("duplicates") ? 0 : r.getInt("duplicates")));
            }
            if (!waiting.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(waiting.size() + " requests still Pending after " + timeout);
                }
                Thread.sleep(100);
            }
        }
        return done;
    }

    /**
     * Requests whose import ended on the service since it started: Processed, Repeated or Failed
     * ({@code /metrics}; {@code left_pending}, a request left to the sweeper, ends later again).
     */
    double importsEnded() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("metrics?scope=application")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /metrics answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().lines().filter(l -> l.startsWith("inventory_imports_total{") && !l.contains("left_pending"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /**
     * Polls {@link #importsEnded()} until it reaches {@code count}; fails after {@code timeout}. Every
     * 200 ms: each poll costs the service CPU its imports would use, and the rates are timed by the
     * requests' own processing times, not by this poll.
     */
    void awaitImportsEnded(double count, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (double ended; (ended = importsEnded()) < count; ) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException((long) (count - ended) + " imports not ended after " + timeout);
            }
            Thread.sleep(200);
        }
    }

    /** Every stock row of the default source, SKU to {qty, sequence id}, through the changes feed. */
    Map<String, long[]> readAllStock() throws IOException, InterruptedException {
        Map<String, long[]> stock = new HashMap<>();
        String path = "rest/V1/stockItems?updatedSince=2000-01-01T00:00:00Z&pageSize=1000";
        while (path != null) {
            JsonObject page = get(path);
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if ("default".equals(item.getString("source"))) {
                    stock.put(item.getString("sku"), new long[]{item.getJsonNumber("qty").longValueExact(),
                            item.getJsonNumber("sequence_id").longValue()});
                }
            }
            path = page.isNull("next_cursor") ? null : "rest/V1/stockItems?updatedSince=2000-01-01T00:00:00Z"
                    + "&pageSize=1000&cursor=" + page.getString("next_cursor");
        }
        return stock;
    }

    /**
     * The SKUs of {@code expected} that {@code stock} (as {@link #readAllStock()} returns it) does not
     * hold at their newest figure: missing, another sequence id or another quantity.
     */
    static List<String> notAtNewest(Map<String, SimulationResult.ExpectedStock> expected, Map<String, long[]> stock) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((sku, e) -> {
            long[] got = stock.get(sku);
            if (got == null || got[1] != e.sequenceId() || got[0] != e.qty().longValueExact()) {
                wrong.add(sku);
            }
        });
        return wrong;
    }

    private JsonObject get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }
}
