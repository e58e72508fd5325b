package dev.inventoryimport.it;

import static dev.inventoryimport.it.HostileBodies.SESSION;
import static dev.inventoryimport.it.HostileBodies.Shape.push;
import static dev.inventoryimport.it.HostileBodies.render;
import static dev.inventoryimport.it.HostileBodies.withBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import dev.inventoryimport.it.HostileBodies.Target;
import dev.inventoryimport.it.PushClient.Answer;
import dev.inventoryimport.it.PushClient.Line;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input and attacks, each injected for real over HTTP against the running service, for the
 * Magento 2 SOAP endpoint, its REST twin and (where it applies) the Magento 1 endpoint. Every
 * hostile body is built here, sent, and must get the answers table's status within
 * {@value #REFUSAL_BOUND_MS} ms with nothing stored (the request count in the database is
 * unchanged: intake stores only a push its reader has read whole, so this is also the proof that
 * no partial request is stored; ParserFuzzTest covers the readers themselves). One line per case
 * is printed: contract, attack, status, milliseconds.
 *
 * <p>Then the bearer token check's timing, the console without a session and its headers, the
 * throttling of console and Magento 1 logins, and last that no token, key or password reached the
 * server's log ({@link ServerOutput}). The server runs with MAX_BODY_BYTES = 1 MB and MAX_LINES = 500.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttacksIT extends ServiceIT {

    /** The server's log from before it starts: read by the last test. */
    @RegisterExtension
    static final ServerOutput SERVER_LOG = ServerOutput.capture();

    static final long REFUSAL_BOUND_MS = 2000;
    private static final long HEALTHY_BOUND_MS = 1000;
    private static final int MB = 1024 * 1024;
    private static final String SOAP12 = "application/soap+xml; charset=utf-8";
    private static final String M1_USER = "orderflow";
    private static final String M1_KEY = "it-api-key";
    /** Wrong secrets sent by these tests; none may be logged either. */
    private static final String WRONG_TOKEN_SAME_LENGTH = "it-tokeX";
    private static final String WRONG_TOKEN_OTHER_LENGTH = "wrong-token-of-another-length";
    private static final String WRONG_PASSWORD = "wrong-password-";
    private static final String WRONG_KEY = "wrong-api-key-";

    private static final AtomicLong MESSAGE_IDS = new AtomicLong(910_000);
    private static final AtomicInteger DECOY_HITS = new AtomicInteger();
    private static final List<String> DECOY_REQUESTS = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> TABLE = Collections.synchronizedList(new ArrayList<>());
    private static HttpServer decoy;
    private static Path markerFile;
    private static String marker;
    private static String m1Session;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The targets of the external entities: a file holding a marker, and a loopback HTTP server
     * that counts what it is asked (and would hand out the marker).
     */
    @BeforeAll
    static void startDecoys() throws IOException {
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

    // ---------------------------------------------------------------- hostile bodies, family by family

    /**
     * Control: a normal push on each contract, built as the attacks below are, is acknowledged and
     * stored (one more request each), so an unchanged count below does mean nothing was stored.
     * It also takes each endpoint's first-request initialisation out of the timings that follow.
     */
    @Test
    @Order(0)
    void aNormalPushOnEachContractIsStored() {
        for (Target target : Target.values()) {
            long before = storedRequests();
            byte[] body = render(target, push(id()).sku("CONTROL-" + target.label)).replace(SESSION, m1Session())
                    .getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target.path))
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers(target).forEach(request::header);
            long start = System.nanoTime();
            HttpResponse<String> answer = send(request.build());
            row(target, "control: the same push, not hostile (stored)", answer.statusCode(), (System.nanoTime() - start) / 1_000_000);
            assertEquals(200, answer.statusCode(), excerpt(answer.body()));
            assertEquals(before + 1, storedRequests(), "the control push is stored");
        }
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

    private static long id() {
        return MESSAGE_IDS.incrementAndGet();
    }

    private static String fileUrl() {
        return markerFile.toUri().toString();
    }

    private static String decoyUrl(String path) {
        return "http://127.0.0.1:" + decoy.getAddress().getPort() + "/" + path;
    }

    static Stream<Attack> externalFileEntities() {
        String url = fileUrl();
        String general = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url + "\">]>";
        String parameter = "<!DOCTYPE r [<!ENTITY % xxe SYSTEM \"" + url + "\">%xxe;]>";
        String xinclude = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + url + "\" parse=\"text\"/>";
        Attack soapGeneral = Attack.bad(Target.M2_SOAP, "DOCTYPE, entity SYSTEM file: in <sku>", push(id()).prolog(general).sku("&xxe;"));
        return Stream.of(
                soapGeneral,
                Attack.bad(Target.M2_SOAP, "DOCTYPE, parameter entity SYSTEM file:", push(id()).prolog(parameter)),
                Attack.bad(Target.M2_SOAP, "XInclude of a file in <sku>", push(id()).sku(xinclude)),
                Attack.bad(Target.M1_SOAP, "DOCTYPE, entity SYSTEM file: in <key>", push(id()).prolog(general).sku("&xxe;")),
                Attack.bad(Target.M1_SOAP, "XInclude of a file in <key>", push(id()).sku(xinclude)),
                soapGeneral.as(Target.M2_REST, "application/json", "the SOAP file-entity body as JSON"),
                soapGeneral.as(Target.M2_REST, "application/xml", "the SOAP file-entity body as application/xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(1)
    void externalFileEntities(Attack attack) {
        refusedFast(attack);
    }

    static Stream<Attack> externalHttpEntities() {
        String dtd = "<!DOCTYPE r SYSTEM \"" + decoyUrl("external.dtd") + "\">";
        String general = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + decoyUrl("entity") + "\">]>";
        String outOfBand = "<!DOCTYPE r [<!ENTITY % remote SYSTEM \"" + decoyUrl("oob.dtd") + "\">%remote;]>";
        Attack soapGeneral = Attack.bad(Target.M2_SOAP, "DOCTYPE, entity SYSTEM http: in <sku>", push(id()).prolog(general).sku("&xxe;"));
        return Stream.of(
                Attack.bad(Target.M2_SOAP, "external DTD over http:", push(id()).prolog(dtd)),
                soapGeneral,
                Attack.bad(Target.M2_SOAP, "parameter entity over http: (out of band)", push(id()).prolog(outOfBand)),
                Attack.bad(Target.M1_SOAP, "external DTD over http:", push(id()).prolog(dtd)),
                Attack.bad(Target.M1_SOAP, "DOCTYPE, entity SYSTEM http: in <key>", push(id()).prolog(general).sku("&xxe;")),
                soapGeneral.as(Target.M2_REST, "application/xml", "the SOAP http-entity body as application/xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(2)
    void externalHttpEntities(Attack attack) {
        refusedFast(attack);
        assertEquals(0, DECOY_HITS.get(), "the service fetched " + DECOY_REQUESTS);
    }

    static Stream<Attack> entityExpansion() {
        String laughs = HostileBodies.billionLaughs("r");
        String quadratic = "<!DOCTYPE r [<!ENTITY a \"" + "x".repeat(50_000) + "\">]>";
        Attack soapLaughs = Attack.bad(Target.M2_SOAP, "billion laughs (10^9 lol) in <sku>", push(id()).prolog(laughs).sku("&lol9;"));
        return Stream.of(
                soapLaughs,
                Attack.bad(Target.M2_SOAP, "quadratic blow-up (50 KB entity x 20,000)",
                        push(id()).prolog(quadratic).sku("&a;".repeat(20_000))),
                Attack.bad(Target.M1_SOAP, "billion laughs (10^9 lol) in <key>", push(id()).prolog(laughs).sku("&lol9;")),
                soapLaughs.as(Target.M2_REST, "application/json", "billion-laughs XML as JSON"),
                Attack.bad(Target.M2_REST, "exponent bomb messageSeqId 1e999999999", push(id()).messageId("1e999999999")),
                Attack.bad(Target.M2_REST, "exponent bomb messageSeqId \"9e99999999\"", push(id()).messageId("\"9e99999999\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(3)
    void entityExpansion(Attack attack) {
        refusedFast(attack);
        answersANormalPushAfter(attack.toString());
    }

    static Stream<Attack> deepNesting() {
        String elements = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        return Stream.of(
                Attack.bad(Target.M2_SOAP, "10,000 nested elements in the operation", push(id()).inside(elements)),
                Attack.bad(Target.M1_SOAP, "10,000 nested elements in the operation", push(id()).inside(elements)),
                Attack.bad(Target.M2_REST, "10,000 nested arrays",
                        push(id()).inside("\"unknown\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",")),
                Attack.bad(Target.M2_REST, "10,000 nested objects",
                        push(id()).inside("\"unknown\":" + "{\"a\":".repeat(10_000) + "0" + "}".repeat(10_000) + ",")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(4)
    void deepNesting(Attack attack) {
        refusedFast(attack);
    }

    static Stream<Attack> manyAttributes() {
        String attributes = HostileBodies.xmlAttributes(100_000);
        return Stream.of(
                Attack.bad(Target.M2_SOAP, "100,000 attributes on an <item>", push(id()).attributes(attributes)),
                Attack.bad(Target.M1_SOAP, "100,000 attributes on an <item>", push(id()).attributes(attributes)),
                Attack.bad(Target.M2_REST, "100,000 members in an item", push(id()).attributes(HostileBodies.jsonMembers(100_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(5)
    void manyAttributes(Attack attack) {
        refusedFast(attack);
    }

    static Stream<Arguments> fiftyMegabyteBodies() {
        return Stream.of(Target.values()).flatMap(t -> Stream.of(Arguments.of(t, false), Arguments.of(t, true)));
    }

    /**
     * 50 MB generated as it is sent, with its length declared or chunked: refused 413 long before
     * its end (the answer arrives while the body is still being sent; the client then stops).
     */
    @ParameterizedTest(name = "{0}, chunked: {1}")
    @MethodSource
    @Order(6)
    void fiftyMegabyteBodies(Target target, boolean chunked) throws Exception {
        long length = 50L * MB;
        long before = storedRequests();
        RawHttp.Exchange e = RawHttp.post(base, target.path, headers(target), HostileBodies.generated(target, id(), m1Session(),
                length), length, chunked, Long.MAX_VALUE);
        String name = "50 MB body, " + (chunked ? "chunked" : "Content-Length") + " (answered after "
                + e.bytesSentWhenAnswered() / 1024 + " KB sent)";
        row(target, name, e.status(), e.millis());
        assertEquals(413, e.status(), e.body());
        assertTrue(e.body().contains("MAX_BODY_BYTES"), e.body());
        assertTrue(e.millis() < REFUSAL_BOUND_MS, name + " took " + e.millis() + " ms");
        // Socket buffers between us and the service hold a few MB; a service reading to the end answers after all 50.
        assertTrue(e.bytesSentWhenAnswered() < 16L * MB,
                "answered only after " + e.bytesSentWhenAnswered() + " bytes: the body was read far past the 1 MB limit");
        assertEquals(before, storedRequests(), "stored");
        answersANormalPushAfter(target.label + ": " + name);
    }

    static Stream<Attack> truncatedBodies() {
        List<Attack> out = new ArrayList<>();
        for (Target t : Target.values()) {
            String whole = render(t, push(id()));
            out.add(Attack.of(t, "cut at two thirds", whole.substring(0, whole.length() * 2 / 3), 400));
            out.add(Attack.of(t, "last character missing", whole.substring(0, whole.length() - 1), 400));
        }
        String soap = render(Target.M2_SOAP, push(id()));
        out.add(Attack.of(Target.M2_SOAP, "cut inside a tag", soap.substring(0, soap.indexOf("<messageSeqId>") + 6), 400));
        out.add(Attack.of(Target.M2_SOAP, "empty body", "", 400));
        out.add(Attack.of(Target.M2_REST, "empty body", "", 400));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(7)
    void truncatedBodies(Attack attack) {
        refusedFast(attack);
    }

    /**
     * A body that ends (the client half-closes) before the length it declared: the container ends
     * the exchange, with a 400 or by closing the connection without an answer; either way at once,
     * and nothing is stored.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Target.class)
    @Order(7)
    void bodiesEndingBeforeTheirDeclaredLength(Target target) throws Exception {
        byte[] whole = render(target, push(id())).replace(SESSION, m1Session()).getBytes(StandardCharsets.UTF_8);
        long before = storedRequests();
        RawHttp.Exchange e = RawHttp.post(base, target.path, headers(target), new ByteArrayInputStream(whole),
                whole.length, false, whole.length / 2);
        row(target.label, "half of the declared Content-Length, then EOF" + (e.status() == RawHttp.CLOSED
                ? " (closed, no answer)" : ""), e.status(), e.millis());
        assertTrue(e.status() == 400 || e.status() == RawHttp.CLOSED, e.status() + " " + e.body());
        assertTrue(e.millis() < REFUSAL_BOUND_MS, e.millis() + " ms");
        assertEquals(before, storedRequests(), "stored");
    }

    static Stream<Attack> wrongEnvelopes() {
        String soap = render(Target.M2_SOAP, push(id()));
        String m1 = render(Target.M1_SOAP, push(id()));
        String json = render(Target.M2_REST, push(id()));
        String soapBody = soap.substring(soap.indexOf("<env:Body>"), soap.indexOf("</env:Envelope>"));
        return Stream.of(
                Attack.of(Target.M2_SOAP, "root is not a SOAP Envelope",
                        soap.replace("http://www.w3.org/2003/05/soap-envelope", "urn:not-soap"), 400),
                Attack.of(Target.M2_SOAP, "Envelope without Body", soap.replace(soapBody, "<env:Header/>"), 400),
                Attack.of(Target.M2_SOAP, "two Bodies", soap.replace(soapBody, soapBody + soapBody), 400),
                Attack.of(Target.M2_SOAP, "no envelope, the operation as root",
                        soap.substring(soap.indexOf("<env:Body>") + "<env:Body>".length(), soap.indexOf("</env:Body>"))
                                .replaceFirst("<ns1:(\\w+)>", "<ns1:$1 xmlns:ns1=\"urn:x\">"), 400),
                Attack.of(Target.M1_SOAP, "root is not a SOAP Envelope",
                        m1.replace("http://schemas.xmlsoap.org/soap/envelope/", "urn:not-soap"), 400),
                Attack.of(Target.M2_REST, "top level is an array", "[" + json + "]", 400),
                Attack.of(Target.M2_REST, "top level is a string", "\"" + json.replace("\"", "\\\"") + "\"", 400),
                Attack.of(Target.M2_REST, "productQtys is an object",
                        json.replace("\"productQtys\":[", "\"productQtys\":{\"x\":[").replace("}],\"productSeqs\"", "}]},\"productSeqs\""),
                        400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(8)
    void wrongEnvelopes(Attack attack) {
        refusedFast(attack);
    }

    static Stream<Attack> wrongOperations() {
        String soap = render(Target.M2_SOAP, push(id()));
        String m1 = render(Target.M1_SOAP, push(id()));
        String op = PushClient.SERVICE + "UpdateRequest";
        String operation = soap.substring(soap.indexOf("<ns1:" + op), soap.indexOf("</env:Body>"));
        return Stream.of(
                Attack.of(Target.M2_SOAP, "...DeleteRequest instead of ...UpdateRequest",
                        soap.replace(op, PushClient.SERVICE + "DeleteRequest"), 400),
                Attack.of(Target.M2_SOAP, "a second operation after the update", soap.replace(operation, operation + operation), 400),
                Attack.of(Target.M1_SOAP, "catalogInventoryStockItemUpdate",
                        m1.replace("orderflowInventoryMultiUpdate", "catalogInventoryStockItemUpdate"), 400),
                Attack.of(Target.M1_SOAP, "catalogProductDelete", m1.replace("orderflowInventoryMultiUpdate", "catalogProductDelete"), 400),
                Attack.of(Target.M2_REST, "another REST operation's body (MSI source items)",
                        "{\"sourceItems\":[{\"sku\":\"ATTACK-SKU\",\"source_code\":\"default\",\"quantity\":5,\"status\":1}]}", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(9)
    void wrongOperations(Attack attack) {
        refusedFast(attack);
    }

    static Stream<Attack> numbersOutOfRange() {
        List<Attack> out = new ArrayList<>();
        for (Target t : Target.values()) {
            out.add(Attack.bad(t, "messageSeqId 2^63 = 9223372036854775808", push(id()).messageId("9223372036854775808")));
            out.add(Attack.bad(t, "messageSeqId -1", push(id()).messageId("-1")));
            out.add(Attack.bad(t, "messageSeqId of 100,000 digits", push(id()).messageId("9".repeat(100_000))));
        }
        out.add(Attack.bad(Target.M2_SOAP, "messageSeqId 1e999999999", push(id()).messageId("1e999999999")));
        out.add(Attack.bad(Target.M2_REST, "messageSeqId -9223372036854775809", push(id()).messageId("-9223372036854775809")));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(10)
    void numbersOutOfRange(Attack attack) {
        refusedFast(attack);
    }

    /** Out-of-range figures on a line do not refuse the message: they are Failure lines (docs/contracts.md). */
    @Test
    @Order(10)
    void outOfRangeLineFiguresAreFailureLines() {
        long start = System.nanoTime();
        Answer ack = client.rest(id(), List.of(
                new Line("RANGE-1", "1e999999999", "1", null),
                new Line("RANGE-2", "1" + "0".repeat(30), "1", null),
                new Line("RANGE-3", "5", "18446744073709551616", null)));
        assertEquals(200, ack.status(), ack.body());
        JsonObject done = client.awaitDone(ack.requestId(), Duration.ofSeconds(30));
        row(Target.M2_REST, "qty 1e999999999, qty 10^30, seq 2^64 (accepted: Failure lines)", ack.status(),
                (System.nanoTime() - start) / 1_000_000);
        assertEquals("Processed", done.getString("status"), done.toString());
        assertEquals(3, done.getInt("failures"), done.toString());
        assertEquals(0, done.getInt("successes"), done.toString());
    }

    static Stream<Attack> invalidUtf8() {
        List<Attack> out = new ArrayList<>();
        for (Target t : Target.values()) {
            HostileBodies.Shape shape = push(id()).sku("BAD@@BYTES@@SKU");
            out.add(Attack.bytes(t, "C3 28 (lead byte, no continuation) in the SKU", shape, "@@BYTES@@", 0xC3, 0x28));
            out.add(Attack.bytes(t, "C0 AF (overlong '/') in the SKU", shape, "@@BYTES@@", 0xC0, 0xAF));
            out.add(Attack.bytes(t, "ED A0 80 (encoded surrogate) in the SKU", shape, "@@BYTES@@", 0xED, 0xA0, 0x80));
            out.add(Attack.bytes(t, "FF in the SKU", shape, "@@BYTES@@", 0xFF));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    @Order(11)
    void invalidUtf8(Attack attack) {
        refusedFast(attack);
    }

    /** Sends one attack and checks the answers table's status, the time, the count and that nothing leaked. */
    private void refusedFast(Attack attack) {
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
    private void answersANormalPushAfter(String attack) {
        long messageId = id();
        long start = System.nanoTime();
        Answer ack = client.soap(messageId, List.of(Line.of("HEALTHY-" + messageId, 1, 1)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        row(Target.M2_SOAP, "  normal push right after it", ack.status(), millis);
        assertEquals(200, ack.status(), "after " + attack + ": " + ack.body());
        assertTrue(millis < HEALTHY_BOUND_MS, "after " + attack + " a normal push took " + millis + " ms");
    }

    // ---------------------------------------------------------------- bearer token timing

    /**
     * Missing, empty, wrong-length and wrong same-length tokens are all refused, and the time to
     * refuse them does not depend on which: the medians of 200 interleaved requests each (after 50
     * of warm-up) stay within {@value #TIMING_SPREAD_MICROS} µs or 30 % of the fastest median of each
     * other, a generous bound on a shared machine (what it can catch is a different path for some
     * tokens, such as a lookup, not nanoseconds). ApiTokens compares
     * SHA-256 digests of equal length with MessageDigest.isEqual (and always hashes, "" when no
     * token is presented), so nothing of the token's content or length should show.
     */
    @Test
    @Order(20)
    void wrongTokensAreRefusedInTimeIndependentOfTheToken() {
        assertEquals(WRONG_TOKEN_SAME_LENGTH.length(), token.length(), "the same-length wrong token");
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("missing", null);
        variants.put("empty", "");
        variants.put("wrong length", WRONG_TOKEN_OTHER_LENGTH);
        variants.put("wrong, same length", WRONG_TOKEN_SAME_LENGTH);
        long before = storedRequests();
        Map<String, Function<String, HttpRequest>> endpoints = new LinkedHashMap<>();
        endpoints.put("m2-rest GET /rest/V1/stockItems", bearer -> authorized(HttpRequest.newBuilder(
                URI.create(base + "rest/V1/stockItems/TIMING-1")).GET(), bearer));
        byte[] soap = PushClient.envelope(true, id(), List.of(Line.of("TIMING-1", 1, 1))).getBytes(StandardCharsets.UTF_8);
        endpoints.put("m2-soap POST push", bearer -> authorized(HttpRequest.newBuilder(
                URI.create(base + Target.M2_SOAP.path)).header("Content-Type", SOAP12)
                .POST(HttpRequest.BodyPublishers.ofByteArray(soap)), bearer));
        endpoints.put("m2-rest POST push", bearer -> authorized(HttpRequest.newBuilder(
                URI.create(base + Target.M2_REST.path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PushClient.json(1, List.of(Line.of("TIMING-1", 1, 1))))), bearer));

        endpoints.forEach((endpoint, requestFor) -> {
            Map<String, List<Long>> micros = new LinkedHashMap<>();
            variants.keySet().forEach(v -> micros.put(v, new ArrayList<>()));
            List<String> order = new ArrayList<>(variants.keySet());
            for (int round = 0; round < 250; round++) {
                Collections.rotate(order, 1); // interleaved, so load on the machine falls on every variant alike
                for (String variant : order) {
                    HttpRequest request = requestFor.apply(variants.get(variant));
                    long start = System.nanoTime();
                    HttpResponse<String> answer = send(request);
                    long took = (System.nanoTime() - start) / 1_000;
                    assertEquals(401, answer.statusCode(), endpoint + " with a " + variant + " token");
                    if (round >= 50) {
                        micros.get(variant).add(took);
                    }
                }
            }
            Map<String, Long> medians = new LinkedHashMap<>();
            micros.forEach((variant, values) -> {
                Collections.sort(values);
                medians.put(variant, values.get(values.size() / 2));
                System.out.printf("TOKEN TIMING | %-32s | %-18s | median %5d µs | p10 %5d µs | p90 %5d µs | n=%d%n",
                        endpoint, variant, values.get(values.size() / 2), values.get(values.size() / 10),
                        values.get(values.size() * 9 / 10), values.size());
            });
            long fastest = Collections.min(medians.values());
            long spread = Collections.max(medians.values()) - fastest;
            long bound = Math.max(TIMING_SPREAD_MICROS, fastest * 3 / 10);
            System.out.printf("TOKEN TIMING | %-32s | spread of the medians %d µs (bound %d µs)%n", endpoint, spread, bound);
            assertTrue(spread < bound, endpoint + ": medians " + medians);
        });
        assertEquals(before, storedRequests(), "a refused push stored a request");
    }

    static final long TIMING_SPREAD_MICROS = 1000;

    private static HttpRequest authorized(HttpRequest.Builder builder, String bearer) {
        builder.timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder.build();
    }

    // ---------------------------------------------------------------- console

    private static final List<String> CONSOLE_PAGES = List.of("index", "requests", "request", "imports", "import",
            "inventory-log", "stock", "settings", "audit", "password");

    /** Every console page, and its actions posted as the pages would post them, redirect to the login without a session. */
    @Test
    @Order(30)
    void consolePagesAndActionsAreUnreachableWithoutASession() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : CONSOLE_PAGES) {
            HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(URI.create(base + "admin/" + page + ".xhtml?id=1"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertRedirectedToLogin(answer, "GET " + page);
        }
        String before = consoleState();
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        actions.put("admin/requests.xhtml", form("requests", "requests", "requests:processSelected", "",
                "requests:grid_selection", "1,2,3", "jakarta.faces.ViewState", "-1:-1"));
        actions.put("admin/settings.xhtml", form("settings", "settings", "settings:save", "",
                "settings:importEnabled", "false", "settings:batchSize", "1", "jakarta.faces.ViewState", "-1:-1"));
        actions.put("admin/stock.xhtml", form("stock", "stock", "stock:resetWholeSource", "", "stock:resetSource", "default",
                "jakarta.faces.ViewState", "-1:-1"));
        actions.put("admin/password.xhtml", form("password", "password", "password:change", "",
                "password:current", "x", "password:next", "attacker-password", "password:repeated", "attacker-password",
                "jakarta.faces.ViewState", "-1:-1"));
        for (var action : actions.entrySet()) {
            for (String cookie : new String[] {null, "JSESSIONID=forged-session-id"}) {
                HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + action.getKey()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(action.getValue())));
                if (cookie != null) {
                    post.header("Cookie", cookie);
                }
                long start = System.nanoTime();
                HttpResponse<String> answer = anonymous.send(post.build(), HttpResponse.BodyHandlers.ofString());
                row("console", "POST " + action.getKey() + (cookie == null ? " without a session" : " with a forged session"),
                        answer.statusCode(), (System.nanoTime() - start) / 1_000_000);
                assertRedirectedToLogin(answer, "POST " + action.getKey());
            }
        }
        assertEquals(before, consoleState(), "an anonymous action changed something");
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static void assertRedirectedToLogin(HttpResponse<String> answer, String what) {
        assertEquals(302, answer.statusCode(), what + ": " + excerpt(answer.body()));
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                what + " -> " + answer.headers().firstValue("Location"));
    }

    /** What an anonymous action could change: requests and their statuses, the audit trail, the settings, the password. */
    private static String consoleState() throws SQLException {
        StringBuilder state = new StringBuilder();
        try (Connection c = TestServer.database(); Statement s = c.createStatement()) {
            for (String sql : List.of("SELECT id, status, attempts FROM inventory_request ORDER BY id",
                    "SELECT COUNT(*) FROM audit_entry", "SELECT name, setting_value FROM setting ORDER BY name",
                    "SELECT username, password_hash FROM admin_user ORDER BY username",
                    "SELECT sku, source, sequence_id FROM stock_item ORDER BY sku, source")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            state.append(rs.getString(i)).append(i < columns ? "," : "\n");
                        }
                    }
                }
            }
        }
        return state.toString();
    }

    /** Logged in, console pages carry the CSP (nonce, no unsafe-inline), no framing, no sniffing. */
    @Test
    @Order(31)
    void consolePagesCarryTheSecurityHeaders() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> login = logIn(browser, "admin", adminPassword());
        assertEquals(302, login.statusCode(), excerpt(login.body()));
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/admin/index.xhtml"), login.headers().toString());
        for (String page : List.of("login", "admin/index", "admin/requests", "admin/settings", "admin/audit")) {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + page + ".xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), page);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(csp);
            assertTrue(nonce.find(), page + " CSP: " + csp);
            assertTrue(answer.body().contains("nonce=\"" + nonce.group(1) + "\""), page + ": its scripts carry the nonce");
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), page + " CSP: " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), page + " CSP: " + csp);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), page);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), page);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null), page);
        }
    }

    /** Five wrong passwords for admin lock its logins out: the sixth attempt fails even with the right password. */
    @Test
    @Order(40)
    void adminLoginsAreThrottledAfterFiveFailures() throws Exception {
        String password = adminPassword();
        HttpResponse<String> control = logIn(browser(), "admin", password);
        assertEquals(302, control.statusCode(), "the right password logs in before any failure");
        for (int i = 1; i <= 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> wrong = logIn(browser(), "admin", WRONG_PASSWORD + i);
            row("console", "admin login, wrong password #" + i, wrong.statusCode(), (System.nanoTime() - start) / 1_000_000);
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("Wrong username or password"), excerpt(wrong.body()));
        }
        HttpClient browser = browser();
        long start = System.nanoTime();
        HttpResponse<String> locked = logIn(browser, "admin", password);
        row("console", "admin login, right password after 5 failures", locked.statusCode(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(200, locked.statusCode(), "refused: no redirect into the console");
        assertTrue(locked.body().contains("Wrong username or password"), excerpt(locked.body()));
        assertRedirectedToLogin(browser.send(HttpRequest.newBuilder(URI.create(base + "admin/index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()), "the console after a throttled login");
    }

    /** Magento 1: 5 failures lock a user out (429) even with the right key; 20 from one address lock the address. */
    @Test
    @Order(41)
    void magento1LoginsAreThrottledPerUserAndPerAddress() {
        assertEquals(200, m1Login(M1_USER, M1_KEY).status(), "the right key logs in before any failure");
        for (int i = 1; i <= 5; i++) {
            Answer wrong = m1Login(M1_USER, WRONG_KEY + i);
            assertEquals(401, wrong.status(), wrong.body());
            assertTrue(wrong.body().contains("Access denied."), wrong.body());
        }
        long start = System.nanoTime();
        Answer locked = m1Login(M1_USER, M1_KEY);
        row(Target.M1_SOAP, "login with the right key after 5 failures", locked.status(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(429, locked.status(), locked.body());
        assertNotNull(locked.header("Retry-After"));

        // 5 failures so far from this address: 15 more for other users reach the address limit of 20.
        for (int i = 1; i <= 15; i++) {
            assertEquals(401, m1Login("sprayed-user-" + i, WRONG_KEY + "spray").status());
        }
        start = System.nanoTime();
        Answer address = m1Login("a-user-never-tried", WRONG_KEY + "fresh");
        row(Target.M1_SOAP, "login of a new user after 20 failures from the address", address.status(),
                (System.nanoTime() - start) / 1_000_000);
        assertEquals(429, address.status(), address.body());
    }

    // ---------------------------------------------------------------- the log

    /**
     * The server's whole log (start-up, every attack above, the logins) holds none of the secrets
     * this class used, right or wrong: the tokens, the Magento 1 keys, the admin passwords, and
     * not the file an external entity pointed at either.
     */
    @Test
    @Order(50)
    void noTokenKeyOrPasswordReachesTheServerLog() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(SERVER_LOG.text().contains("Console login failed from") && SERVER_LOG.text().contains("throttled"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String log = SERVER_LOG.text();
        assertTrue(log.contains("Payara Micro") && log.contains("ready in"), "the capture holds the server's start-up");
        assertTrue(log.contains("Console login failed from"), "the capture holds this class's login failures");
        assertTrue(log.contains("Magento 1 login for '" + M1_USER + "'") && log.contains("throttled"),
                "the capture holds the Magento 1 throttling");
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the API token (and the previous one, which contains it)", token);
        secrets.put("the wrong same-length token", WRONG_TOKEN_SAME_LENGTH);
        secrets.put("the wrong other-length token", WRONG_TOKEN_OTHER_LENGTH);
        secrets.put("the Magento 1 API key", M1_KEY);
        secrets.put("the wrong Magento 1 keys", WRONG_KEY);
        secrets.put("the admin password", adminPassword());
        secrets.put("the wrong admin passwords", WRONG_PASSWORD);
        secrets.put("the external entity's file content", marker);
        secrets.forEach((what, secret) -> assertFalse(log.contains(secret), what + " is in the server log"));
        System.out.println("SERVER LOG | " + log.lines().count() + " lines captured from start-up; none holds "
                + String.join(", ", secrets.keySet()));
    }

    // ---------------------------------------------------------------- helpers

    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The login form as a browser posts it: its view state, PrimeFaces' CSP nonce, the session cookie. */
    private HttpResponse<String> logIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
        assertTrue(viewState.find(), "view state in " + excerpt(page.body()));
        assertTrue(nonce.find(), "CSP nonce in " + excerpt(page.body()));
        Map<String, String> form = form("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState.group(1), "primefaces.nonce", nonce.group(1));
        return browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String adminPassword() throws IOException {
        return Files.readString(Path.of(System.getProperty("it.dataDir"), "admin-initial-password"), StandardCharsets.UTF_8).strip();
    }

    private Answer m1Login(String user, String key) {
        return client.post(Target.M1_SOAP.path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope"
                + " xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:Magento\"><SOAP-ENV:Body>"
                + "<ns1:login><username>" + user + "</username><apiKey>" + key + "</apiKey></ns1:login>"
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>", Target.M1_SOAP.contentType, null);
    }

    /** A live Magento 1 session, so a hostile Magento 1 body would be stored if its reader let it through. */
    private String m1Session() {
        if (m1Session == null) {
            Answer login = m1Login(M1_USER, M1_KEY);
            assertEquals(200, login.status(), login.body());
            Matcher m = Pattern.compile("<(?:\\w+:)?loginReturn[^>]*>([^<]+)<").matcher(login.body());
            assertTrue(m.find(), login.body());
            m1Session = m.group(1);
        }
        return m1Session;
    }

    private Map<String, String> headers(Target target) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", target.contentType);
        if (target != Target.M1_SOAP) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void row(Target target, String attack, int status, long millis) {
        row(target.label, attack, status, millis);
    }

    private static void row(String contract, String attack, int status, long millis) {
        String line = String.format("ATTACK | %-8s | %-76s | %3d | %5d ms", contract, attack, status, millis);
        TABLE.add(line);
        System.out.println(line);
    }

    private static long storedRequests() {
        return TestServer.queryLong("SELECT COUNT(*) FROM inventory_request");
    }

    private static String excerpt(String text) {
        return text == null ? "null" : text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
