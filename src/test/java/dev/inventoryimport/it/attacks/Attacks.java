package dev.inventoryimport.it.attacks;

import static dev.inventoryimport.it.attacks.HostileBodies.SESSION;
import static dev.inventoryimport.it.attacks.HostileBodies.render;
import static dev.inventoryimport.it.attacks.HostileBodies.withBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import dev.inventoryimport.it.attacks.HostileBodies.Target;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the attack ITs share ({@link HostilePushesIT}, {@link AccessAttacksIT}): each hostile body
 * is built in the test, sent for real over HTTP to the Magento 2 SOAP endpoint, its REST twin and
 * (where it applies) the Magento 1 endpoint, and must get the answers table's status within
 * {@value #REFUSAL_BOUND_MS} ms with nothing stored (the request count in the database is unchanged: intake
 * stores only a push its reader has read whole, so this is also the proof that no partial request
 * is stored; ParserFuzzTest covers the readers themselves). One line per case is printed, and the
 * class's table again at its end: contract, attack, status, milliseconds. The targets of external
 * entities (a file holding a marker and a loopback HTTP server that counts what it is asked) run
 * for every class, so that no answer and no log may hold the marker. The server runs with
 * MAX_BODY_BYTES = 1 MB and MAX_LINES = 500.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class Attacks extends ServiceIT {

    static final long REFUSAL_BOUND_MS = 2000;
    static final long HEALTHY_BOUND_MS = 1000;
    static final String M1_USER = "orderflow";
    static final String M1_KEY = "it-api-key";

    static final AtomicLong MESSAGE_IDS = new AtomicLong(910_000);
    static final AtomicInteger DECOY_HITS = new AtomicInteger();
    static final List<String> DECOY_REQUESTS = Collections.synchronizedList(new ArrayList<>());
    static final List<String> TABLE = Collections.synchronizedList(new ArrayList<>());
    static HttpServer decoy;
    static Path markerFile;
    static String marker;
    static String m1Session;

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The targets of the external entities: a file holding a marker, and a loopback HTTP server
     * that counts what it is asked (and would hand out the marker).
     */
    @BeforeAll
    static void startDecoys() throws IOException {
        // Each class has a server and database of its own: nothing carries over from the one before.
        TABLE.clear();
        DECOY_HITS.set(0);
        DECOY_REQUESTS.clear();
        MESSAGE_IDS.set(910_000);
        m1Session = null;
        marker = "XXE-MARKER-" + UUID.randomUUID();
        markerFile = Files.createTempFile("attacks-it-", ".txt");
        Files.writeString(markerFile, marker);
        decoy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        decoy.createContext("/", exchange -> {
            DECOY_HITS.incrementAndGet();
            DECOY_REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] answer = ("<!ENTITY leak \"" + marker + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        decoy.start();
    }

    @AfterAll
    static void stopDecoysAndPrintTheTable() throws IOException {
        decoy.stop(0);
        Files.deleteIfExists(markerFile);
        System.out.println("ATTACKS | contract | attack | status | ms (" + System.getProperty("it.database") + ")");
        TABLE.forEach(System.out::println);
    }

    /** A hostile request: its body (Magento 1 bodies get the live session) and the status it must get. */
    record Attack(Target target, String name, String text, Function<String, byte[]> encoding, String contentType,
                  int status) {

        static Attack of(Target target, String name, String text, int status) {
            return new Attack(target, name, text, t -> t.getBytes(StandardCharsets.UTF_8), target.contentType, status);
        }

        static Attack bad(Target target, String name, HostileBodies.Shape shape) {
            return of(target, name, render(target, shape), 400);
        }

        /** The body with {@code marker} replaced by raw bytes. */
        static Attack bytes(Target target, String name, HostileBodies.Shape shape, String marker, int... bytes) {
            return new Attack(target, name, render(target, shape), t -> withBytes(t, marker, bytes), target.contentType, 400);
        }

        Attack as(Target to, String type, String label) {
            return new Attack(to, label, text, encoding, type, status);
        }

        byte[] body(String session) {
            return encoding.apply(text.replace(SESSION, session));
        }

        @Override
        public String toString() {
            return target.label + ": " + name;
        }
    }

    static long id() {
        return MESSAGE_IDS.incrementAndGet();
    }

    static String fileUrl() {
        return markerFile.toUri().toString();
    }

    static String decoyUrl(String path) {
        return "http://127.0.0.1:" + decoy.getAddress().getPort() + "/" + path;
    }

    /** Sends one attack and checks the answers table's status, the time, the count and that nothing leaked. */
    void refusedFast(Attack attack) {
        byte[] body = attack.body(attack.target() == Target.M1_SOAP ? m1Session() : "no-session");
        long before = storedRequests();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attack.target().path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", attack.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers(attack.target()).forEach((k, v) -> {
            if (!"Content-Type".equals(k)) {
                request.header(k, v);
            }
        });
        long start = System.nanoTime();
        HttpResponse<String> answer = send(request.build());
        long millis = (System.nanoTime() - start) / 1_000_000;
        row(attack.target(), attack.name(), answer.statusCode(), millis);

        assertEquals(attack.status(), answer.statusCode(), attack + ": " + excerpt(answer.body()));
        assertTrue(millis < REFUSAL_BOUND_MS, attack + " took " + millis + " ms");
        assertEquals(before, storedRequests(), attack + " stored a request");
        assertFalse(answer.body().contains(marker), attack + " answered the file's content: " + excerpt(answer.body()));
        assertEquals(0, DECOY_HITS.get(), "the service fetched " + DECOY_REQUESTS);
        if (attack.target().xml()) {
            assertTrue(answer.body().contains(":Fault>") && (answer.body().contains("Sender") || answer.body().contains("Client")),
                    "a client fault: " + excerpt(answer.body()));
        } else {
            assertTrue(answer.body().startsWith("{\"message\":"), excerpt(answer.body()));
        }
    }

    /** Loosely, bounded memory: right after an attack a normal push is acknowledged at once. */
    void answersANormalPushAfter(String attack) {
        long messageId = id();
        long start = System.nanoTime();
        Answer ack = client.soap(messageId, List.of(Line.of("HEALTHY-" + messageId, 1, 1)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        row(Target.M2_SOAP, "  normal push right after it", ack.status(), millis);
        assertEquals(200, ack.status(), "after " + attack + ": " + ack.body());
        assertTrue(millis < HEALTHY_BOUND_MS, "after " + attack + " a normal push took " + millis + " ms");
    }

    Answer m1Login(String user, String key) {
        return client.post(Target.M1_SOAP.path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope"
                + " xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:Magento\"><SOAP-ENV:Body>"
                + "<ns1:login><username>" + user + "</username><apiKey>" + key + "</apiKey></ns1:login>"
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>", Target.M1_SOAP.contentType, null);
    }

    /** A live Magento 1 session, so a hostile Magento 1 body would be stored if its reader let it through. */
    String m1Session() {
        if (m1Session == null) {
            Answer login = m1Login(M1_USER, M1_KEY);
            assertEquals(200, login.status(), login.body());
            Matcher m = Pattern.compile("<(?:\\w+:)?loginReturn[^>]*>([^<]+)<").matcher(login.body());
            assertTrue(m.find(), login.body());
            m1Session = m.group(1);
        }
        return m1Session;
    }

    Map<String, String> headers(Target target) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", target.contentType);
        if (target != Target.M1_SOAP) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void row(Target target, String attack, int status, long millis) {
        row(target.label, attack, status, millis);
    }

    static void row(String contract, String attack, int status, long millis) {
        String line = String.format("ATTACK | %-8s | %-76s | %3d | %5d ms", contract, attack, status, millis);
        TABLE.add(line);
        System.out.println(line);
    }

    static long storedRequests() {
        return TestServer.queryLong("SELECT COUNT(*) FROM inventory_request");
    }

    static String excerpt(String text) {
        return text == null ? "null" : text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
