package dev.inventoryimport.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Health, metrics and the OpenAPI document over real HTTP, on the ports and paths operators use:
 * {@code /health/live}, {@code /health/ready}, {@code /metrics}, whose figures must move by exactly
 * what was pushed, and {@code /openapi}.
 * They are the server's, at its root, whatever the application's context root (here the WAR's name).
 */
class ObservabilityIT extends ServiceIT {

    private static final Duration PROCESSED_WITHIN = Duration.ofSeconds(30);
    private static final String M1_ENDPOINT = "api/v2_soap/index/";
    private static final String M1_HEAD = "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:ns1=\"urn:Magento\"><SOAP-ENV:Body>";
    private static final String PAYARA_ENDPOINTS = "attribute endpoints is unexpected";
    private static final String M1_TAIL = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

    @Test
    void liveAndReadyWithTheirParts() {
        Answer live = client.get("/health/live");
        assertEquals(200, live.status(), live.body());
        assertEquals("UP", json(live).getString("status"));
        assertEquals("inventory-import", json(live).getJsonArray("checks").getJsonObject(0).getString("name"));

        Answer ready = client.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject check = json(ready).getJsonArray("checks").getJsonObject(0);
        assertEquals("UP", check.getString("status"), ready.body());
        JsonObject data = check.getJsonObject("data");
        assertTrue(data.getString("schema").startsWith("migrated to version "), ready.body());
        assertTrue(data.getString("database").startsWith("UP ("), ready.body());
        assertTrue(data.getString("broker").startsWith("UP ("), ready.body());
        assertTrue(!data.containsKey("reason"), ready.body());
    }

    @Test
    void openApiDescribesEveryRestEndpointWithoutTheToken() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode(), "a contract, readable without the token: " + served.body());

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        // Payara 6.2025.10 adds a top-level "endpoints" map of its own, outside OpenAPI (later Payara
        // releases name it x-endpoints, payara/Payara#7891): the one complaint allowed.
        assertEquals(List.of(), parsed.getMessages().stream().filter(m -> !m.equals(PAYARA_ENDPOINTS)).toList(),
                "the parser's complaints about:\n" + served.body());
        OpenAPI api = parsed.getOpenAPI();
        Map<String, PathItem> paths = api.getPaths();

        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        assertTrue(api.getSecurity().stream().anyMatch(r -> r.containsKey("bearer")), "required everywhere");

        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            documented.add(method + " " + path);
            assertTrue(operation.getResponses().containsKey("401"), method + " " + path + " answers 401 without the token");
        }));
        for (String endpoint : RestEndpoints.ofEndpointsTable(Path.of("docs/contracts.md"))) {
            assertTrue(documented.contains(endpoint), endpoint + " of docs/contracts.md, in " + documented);
        }
        // A resource names its path parameters for itself (a shared feed resource says {id}): compare routes.
        Set<String> routes = new TreeSet<>(documented.stream().map(RestEndpoints::route).toList());
        for (String endpoint : RestEndpoints.ofResources(Path.of("target", "classes"))) {
            assertTrue(routes.contains(RestEndpoints.route(endpoint)), endpoint + " of the resources, in " + documented);
        }
        // The push's answers table.
        for (String path : List.of("/rest/V1/orderflow/inventory", "/rest/default/V1/orderflow/inventory")) {
            assertEquals(Set.of("200", "400", "401", "413", "503"), paths.get(path).getPost().getResponses().keySet(), path);
        }
    }

    @Test
    void metricsCountWhatWasPushedAndHowItWasImported() {
        ScrapedMetrics before = scrape();

        // m2_soap: two new SKUs (Success) and a quantity that is no number (Failure).
        JsonObject first = done(client.soap(9001, List.of(Line.of("OBS-A", 5, 10), Line.of("OBS-B", 6, 10),
                Line.of("OBS-C", "lots", 10))));
        assertEquals(2, first.getInt("successes"));
        assertEquals(1, first.getInt("failures"));
        // m2_rest: the same sequence id again (Duplicate) and an older one (Superseded).
        JsonObject second = done(client.rest(9002, List.of(Line.of("OBS-A", 7, 10), Line.of("OBS-B", 8, 9))));
        assertEquals(1, second.getInt("duplicates"));
        assertEquals(1, second.getInt("superseded"));
        // m1_soap: an update in a session (Success).
        String session = firstText(m1(M1_HEAD + "<ns1:login><username>orderflow</username><apiKey>it-api-key</apiKey>"
                + "</ns1:login>" + M1_TAIL).body(), "loginReturn");
        done(m1(m1Update(session, "OBS-D", 9003)));
        // Refused: a wrong token (REST: the token filter's 401), a malformed envelope, an expired session.
        assertEquals(401, client.post("rest/V1/orderflow/inventory", PushClient.json(9004, List.of(Line.of("OBS-E", 1, 1))),
                "application/json", "wrong-token").status());
        assertEquals(400, client.soapRaw("<env:Envelope", "application/soap+xml; charset=utf-8", token).status());
        assertEquals(401, m1(m1Update("no-such-session", "OBS-E", 9005)).status());

        ScrapedMetrics after = awaitScrape(m -> m.value("inventory_pending_requests") == 0);
        for (String[] pushes : new String[][]{{"m2_soap", "200", "1"}, {"m2_rest", "200", "1"}, {"m1_soap", "200", "1"},
                {"m2_rest", "401", "1"}, {"m2_soap", "400", "1"}, {"m1_soap", "401", "1"}, {"m2_soap", "503", "0"}}) {
            assertEquals(Double.parseDouble(pushes[2]), increase(before, after, "inventory_pushes_total",
                    "contract", pushes[0], "status", pushes[1]), pushes[0] + " " + pushes[1]);
        }
        assertEquals(3, increase(before, after, "inventory_import_lines_total", "result", "success"));
        assertEquals(1, increase(before, after, "inventory_import_lines_total", "result", "duplicate"));
        assertEquals(1, increase(before, after, "inventory_import_lines_total", "result", "superseded"));
        assertEquals(1, increase(before, after, "inventory_import_lines_total", "result", "failure"));
        assertEquals(3, increase(before, after, "inventory_imports_total", "outcome", "processed"));
        assertEquals(0, increase(before, after, "inventory_imports_total", "outcome", "failed"));
        assertEquals(3, increase(before, after, "inventory_import_duration_seconds_count"));
        assertEquals(3, increase(before, after, "inventory_import_duration_seconds_bucket", "le", "+Inf"));
        double seconds = increase(before, after, "inventory_import_duration_seconds_sum");
        assertTrue(seconds > 0 && seconds < 3 * PROCESSED_WITHIN.toSeconds(), "import seconds " + seconds);
        assertTrue(after.value("inventory_import_duration_seconds_bucket", "le", "30.0")
                <= after.value("inventory_import_duration_seconds_bucket", "le", "+Inf"));
        assertEquals(List.of(), after.seriesStartingWith("inventory_import_duration_seconds{quantile="),
                "no quantiles (Payara would write them in nanoseconds)");
        assertTrue(after.value("inventory_import_conflict_retries_total") >= 0);
        assertEquals(0, after.value("inventory_oldest_pending_age_seconds"));
    }

    @Test
    void backlogGaugesShowRequestsWaitingWhileTheImportIsOff() {
        TestServer.execute("UPDATE setting SET setting_value = 'false' WHERE name = 'IMPORT_ENABLED'");
        try {
            PushClient.sleep(2_500); // the settings snapshot is refreshed every 2 s
            Answer held = client.rest(9101, List.of(Line.of("OBS-HELD", 1, 1)));
            assertEquals(200, held.status(), held.body());
            Answer alsoHeld = client.soap(9102, List.of(Line.of("OBS-HELD", 2, 2)));
            assertEquals(200, alsoHeld.status(), alsoHeld.body());

            ScrapedMetrics waiting = awaitScrape(m -> m.value("inventory_pending_requests") >= 2
                    && m.value("inventory_oldest_pending_age_seconds") >= 1);
            assertEquals(2, waiting.value("inventory_pending_requests"), "only the two held pushes wait");
            assertTrue(waiting.value("inventory_oldest_pending_age_seconds") < 120);
        } finally {
            TestServer.execute("UPDATE setting SET setting_value = 'true' WHERE name = 'IMPORT_ENABLED'");
        }
        // The sweeper re-queues them once they are older than the grace period.
        awaitScrape(m -> m.value("inventory_pending_requests") == 0 && m.value("inventory_oldest_pending_age_seconds") == 0);
    }

    private ScrapedMetrics scrape() {
        Answer metrics = client.get("/metrics");
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metrics.header("Content-Type").startsWith("text/plain"), metrics.header("Content-Type"));
        return ScrapedMetrics.parse(metrics.body());
    }

    /** Scrapes until the figures agree (gauges are reread at most every 2 s), at most 30 s. */
    private ScrapedMetrics awaitScrape(Predicate<ScrapedMetrics> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ScrapedMetrics m = scrape();
        while (!until.test(m)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Backlog gauges never agreed: pending " + m.value("inventory_pending_requests")
                        + ", oldest age " + m.value("inventory_oldest_pending_age_seconds"));
            }
            PushClient.sleep(250);
            m = scrape();
        }
        return m;
    }

    private static double increase(ScrapedMetrics before, ScrapedMetrics after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private JsonObject done(Answer ack) {
        assertEquals(200, ack.status(), ack.body());
        JsonObject request = client.awaitDone(ack.requestId(), PROCESSED_WITHIN);
        assertEquals("Processed", request.getString("status"), request.toString());
        return request;
    }

    private Answer m1(String envelope) {
        return client.post(M1_ENDPOINT, envelope, "text/xml; charset=utf-8", null);
    }

    private static String m1Update(String session, String sku, long messageId) {
        return M1_HEAD + "<ns1:orderflowInventoryMultiUpdate><sessionId>" + session + "</sessionId>"
                + "<skusQty><item><key>" + sku + "</key><value>3</value></item></skusQty>"
                + "<skusSeqId><item><key>" + sku + "</key><value>1</value></item></skusSeqId>"
                + "<messageSeqId>" + messageId + "</messageSeqId></ns1:orderflowInventoryMultiUpdate>" + M1_TAIL;
    }

    private static JsonObject json(Answer answer) {
        return (JsonObject) PushClient.parse(answer.body());
    }

    private static String firstText(String xml, String element) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + element + "[^>]*>([^<]+)<").matcher(xml);
        assertTrue(m.find(), element + " in " + xml);
        return m.group(1);
    }
}
