package dev.inventoryimport.it.support;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** OrderFlow's side of the wire, for the tests: builds pushes and reads the APIs over real HTTP. */
public final class PushClient {

    public static final String SERVICE = "realtimeDespatchOrderFlowInventoryRequestManagementV1";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** One SKU of a push. {@code source} may be null. */
    public record Line(String sku, String qty, String seq, String source) {
        public static Line of(String sku, Object qty, Object seq) {
            return new Line(sku, String.valueOf(qty), String.valueOf(seq), null);
        }
    }

    public record Answer(int status, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public long requestId() {
            return Long.parseLong(header("X-Request-Id"));
        }
    }

    public PushClient(URL base, String token) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.token = token;
    }

    public static String envelope(boolean soap12, long messageId, List<Line> lines) {
        StringBuilder qtys = new StringBuilder();
        StringBuilder seqs = new StringBuilder();
        for (Line l : lines) {
            qtys.append("<item><sku>").append(l.sku()).append("</sku><qty>").append(l.qty()).append("</qty>");
            if (l.source() != null) {
                qtys.append("<source>").append(l.source()).append("</source>");
            }
            qtys.append("</item>");
            seqs.append("<item><sku>").append(l.sku()).append("</sku><seq>").append(l.seq()).append("</seq></item>");
        }
        String env = soap12 ? SOAP12 : SOAP11;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<env:Envelope xmlns:env=\"" + env + "\" xmlns:ns1=\"http://shop.example/soap/default?services=" + SERVICE + "\">"
                + "<env:Body><ns1:" + SERVICE + "UpdateRequest>"
                + "<productQtys>" + qtys + "</productQtys><productSeqs>" + seqs + "</productSeqs>"
                + "<messageSeqId>" + messageId + "</messageSeqId>"
                + "</ns1:" + SERVICE + "UpdateRequest></env:Body></env:Envelope>";
    }

    public static String json(long messageId, List<Line> lines) {
        var qtys = Json.createArrayBuilder();
        var seqs = Json.createArrayBuilder();
        for (Line l : lines) {
            var q = Json.createObjectBuilder().add("sku", l.sku()).add("qty", l.qty());
            if (l.source() != null) {
                q.add("source", l.source());
            }
            qtys.add(q);
            seqs.add(Json.createObjectBuilder().add("sku", l.sku()).add("seq", l.seq()));
        }
        return Json.createObjectBuilder().add("productQtys", qtys).add("productSeqs", seqs)
                .add("messageSeqId", messageId).build().toString();
    }

    public Answer soap(long messageId, List<Line> lines) {
        return soapRaw(envelope(true, messageId, lines), "application/soap+xml; charset=utf-8", token);
    }

    public Answer soapRaw(String body, String contentType, String bearer) {
        return post("soap/default?services=" + SERVICE, body, contentType, bearer);
    }

    public Answer rest(long messageId, List<Line> lines) {
        return post("rest/V1/orderflow/inventory", json(messageId, lines), "application/json", token);
    }

    public Answer post(String path, String body, String contentType, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    /**
     * A large body sent the way careful clients do: headers first ({@code Expect: 100-continue}), so
     * a refusal comes before the body is sent.
     */
    public Answer postExpectingContinue(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .expectContinue(true)
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    public JsonObject getJson(String path) {
        Answer a = get(path);
        if (a.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + a.status() + ": " + a.body());
        }
        return (JsonObject) parse(a.body());
    }

    /**
     * Waits until the application itself answers, on its SOAP path (the WSDL) and its REST path (an
     * unknown request: the API's own JSON 404). Payara reports "ready" a moment before the web
     * container maps the application; a push in that moment met the container's HTML 404 once.
     */
    public void awaitServing(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer wsdl;
        Answer api;
        do {
            wsdl = get("soap/default?wsdl&services=realtimeDespatchOrderFlowInventoryRequestManagementV1");
            api = get("rest/V1/orderflow/requests/0");
            if (wsdl.status() == 200 && api.status() == 404 && api.body().startsWith("{")) {
                return;
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("The application does not answer after " + timeout + ": WSDL " + wsdl.status()
                + ", request API " + api.status() + " " + api.body());
    }

    /** Polls the request API until the request is no longer Pending. */
    public JsonObject awaitDone(long requestId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject r;
        do {
            r = getJson("rest/V1/orderflow/requests/" + requestId);
            if (!"Pending".equals(r.getString("status"))) {
                return r;
            }
            sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Request " + requestId + " still Pending after " + timeout + ": " + r);
    }

    public static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
