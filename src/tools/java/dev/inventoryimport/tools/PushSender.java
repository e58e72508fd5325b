package dev.inventoryimport.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends messages over HTTP/1.1 keep-alive connections (like OrderFlow's own client), so the workers
 * reuse pooled connections instead of measuring connection set-up. Nothing is retried: a fault is
 * what the run is meant to show, and the service stores nothing for one.
 *
 * <p>Why {@link HttpURLConnection} and not {@code java.net.http.HttpClient}: the simulator shares
 * the benchmark machine's cores with the service, and the asynchronous client's selector thread and
 * completion stages cost most of the simulator's CPU (JFR samples of a full push: 146 of its 200
 * samples), where this blocking client writes and reads on the worker's own thread. A push goes in
 * fixed-length streaming mode, which also stops the JDK from silently sending a POST twice when a
 * kept-alive connection turns out to be closed.
 */
final class PushSender {

    static {
        // The JDK keeps 5 idle connections a host unless told more; 16 pushers need 16.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
    }

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

    /** An HTTP answer as the simulator reads it. */
    private record Answer(int status, String requestId, String body) {
    }

    private static final int CONNECT_TIMEOUT_MS = 10_000;

    private final SimulationConfig config;

    PushSender(SimulationConfig config) {
        this.config = config;
    }

    /** Magento 1 only: a session id, or {@link SimulationFailed} saying why not. */
    String login() {
        Answer r;
        try {
            r = m1(WireFormat.m1Login(config.m1User(), config.m1Key()), true);
        } catch (IOException e) {
            throw new SimulationFailed("Magento 1 login to " + config.baseUrl() + " failed: " + e);
        }
        if (r.status() != 200) {
            throw new SimulationFailed("Magento 1 login as " + config.m1User() + " refused: HTTP " + r.status()
                    + (r.body().contains("Access denied") ? " Access denied." : ""));
        }
        return WireFormat.loginReturn(r.body())
                .orElseThrow(() -> new SimulationFailed("Magento 1 login answer holds no loginReturn: " + r.body()));
    }

    /** Best effort: a run should not leave sessions behind, but a failure here changes nothing measured. */
    void endSession(String sessionId) {
        try {
            m1(WireFormat.m1EndSession(sessionId), false);
        } catch (IOException e) {
            // the session expires on its own
        }
    }

    /** @param sessionId the worker's Magento 1 session, {@code null} for the Magento 2 contracts */
    Outcome send(PushMessage m, String sessionId) throws InterruptedException {
        return config.contract() == SimulationConfig.Contract.M1_SOAP
                ? exchange(() -> m1(WireFormat.m1Update(sessionId, m), false))
                : send(m2Body(m));
    }

    /** A Magento 2 push rendered beforehand ({@link #m2Body}). */
    Outcome send(byte[] m2Body) throws InterruptedException {
        String path = config.contract() == SimulationConfig.Contract.M2_SOAP ? WireFormat.M2_SOAP_PATH : WireFormat.M2_REST_PATH;
        String type = config.contract() == SimulationConfig.Contract.M2_SOAP ? WireFormat.M2_SOAP_TYPE : WireFormat.JSON_TYPE;
        return exchange(() -> post(path, m2Body,
                Map.of("Content-Type", type, "Authorization", "Bearer " + config.token()), false));
    }

    /** The body of a Magento 2 push, in the run's contract. */
    byte[] m2Body(PushMessage m) {
        String body = config.contract() == SimulationConfig.Contract.M2_SOAP
                ? WireFormat.m2Soap(config.baseUrl(), m) : WireFormat.m2Json(m);
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** One HTTP exchange of a run. */
    @FunctionalInterface
    private interface Exchange {
        Answer run() throws IOException;
    }

    private static Outcome exchange(Exchange exchange) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        try {
            Answer r = exchange.run();
            return new Outcome(r.status(), r.requestId() == null ? null : Long.valueOf(r.requestId()), null);
        } catch (IOException e) {
            return new Outcome(-1, null, e.getClass().getSimpleName());
        }
    }

    private Answer m1(String body, boolean keepBody) throws IOException {
        // PHP's SoapClient, which Magento 1 integrations use, always sends this action.
        return post(WireFormat.M1_PATH, body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", WireFormat.M1_TYPE, "SOAPAction", "\"urn:Action\""),
                keepBody);
    }

    /**
     * One POST; the answer's body is read to its end either way, which hands the connection back to
     * the keep-alive pool, and kept only when asked for.
     */
    private Answer post(String path, byte[] bytes, Map<String, String> headers, boolean keepBody) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(config.baseUrl() + path).openConnection();
        c.setConnectTimeout(CONNECT_TIMEOUT_MS);
        c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis()));
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        if (!keepBody) {
            // A push is never sent twice by the client itself. A login may be, and its refusal's body
            // is read: in streaming mode the JDK drops the body of a 401.
            c.setFixedLengthStreamingMode(bytes.length);
        }
        headers.forEach(c::setRequestProperty);
        try (OutputStream out = c.getOutputStream()) {
            out.write(bytes);
        }
        int status = c.getResponseCode();
        String requestId = c.getHeaderField("X-Request-Id");
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        if (in == null) {
            return new Answer(status, requestId, "");
        }
        try (in) {
            return new Answer(status, requestId, keepBody ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : discard(in));
        }
    }

    private static String discard(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        return "";
    }
}
