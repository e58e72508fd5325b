package dev.inventoryimport.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends messages over one shared {@link HttpClient} (HTTP/1.1, like OrderFlow's own client), so the
 * workers reuse pooled keep-alive connections instead of measuring connection set-up. Nothing is
 * retried: a fault is what the run is meant to show, and the service stores nothing for one.
 */
final class PushSender {

    /** An answer: {@code status} -1 with {@code error} for a transport failure; request id when acknowledged. */
    record Outcome(int status, Long requestId, String error) {
        boolean acknowledged() {
            return status == 200;
        }
    }

    /** A run that cannot start, such as a refused Magento 1 login; the message is for the user. */
    static final class SimulationFailed extends RuntimeException {
        SimulationFailed(String message) {
            super(message);
        }
    }

    private final SimulationConfig config;
    private final HttpClient http;

    PushSender(SimulationConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Magento 1 only: a session id, or {@link SimulationFailed} saying why not. */
    String login() throws InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(m1(WireFormat.m1Login(config.m1User(), config.m1Key())), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SimulationFailed("Magento 1 login to " + config.baseUrl() + " failed: " + e);
        }
        if (r.statusCode() != 200) {
            throw new SimulationFailed("Magento 1 login as " + config.m1User() + " refused: HTTP " + r.statusCode()
                    + (r.body().contains("Access denied") ? " Access denied." : ""));
        }
        return WireFormat.loginReturn(r.body())
                .orElseThrow(() -> new SimulationFailed("Magento 1 login answer holds no loginReturn: " + r.body()));
    }

    /** Best effort: a run should not leave sessions behind, but a failure here changes nothing measured. */
    void endSession(String sessionId) {
        try {
            http.send(m1(WireFormat.m1EndSession(sessionId)), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the session expires on its own
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param sessionId the worker's Magento 1 session, {@code null} for the Magento 2 contracts */
    Outcome send(PushMessage m, String sessionId) throws InterruptedException {
        HttpRequest request = switch (config.contract()) {
            case M2_SOAP -> m2(WireFormat.M2_SOAP_PATH, WireFormat.M2_SOAP_TYPE, WireFormat.m2Soap(config.baseUrl(), m));
            case M2_REST -> m2(WireFormat.M2_REST_PATH, WireFormat.JSON_TYPE, WireFormat.m2Json(m));
            case M1_SOAP -> m1(WireFormat.m1Update(sessionId, m));
        };
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            Long id = r.headers().firstValue("X-Request-Id").map(Long::valueOf).orElse(null);
            return new Outcome(r.statusCode(), id, null);
        } catch (IOException e) {
            return new Outcome(-1, null, e.getClass().getSimpleName());
        }
    }

    private HttpRequest m2(String path, String contentType, String body) {
        return post(path, contentType, body).header("Authorization", "Bearer " + config.token()).build();
    }

    private HttpRequest m1(String body) {
        // PHP's SoapClient, which Magento 1 integrations use, always sends this action.
        return post(WireFormat.M1_PATH, WireFormat.M1_TYPE, body).header("SOAPAction", "\"urn:Action\"").build();
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(config.baseUrl() + path)).timeout(config.requestTimeout())
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
