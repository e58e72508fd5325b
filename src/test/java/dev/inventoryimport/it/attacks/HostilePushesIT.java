package dev.inventoryimport.it.attacks;

import static dev.inventoryimport.it.attacks.HostileBodies.SESSION;
import static dev.inventoryimport.it.attacks.HostileBodies.Shape.push;
import static dev.inventoryimport.it.attacks.HostileBodies.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.inventoryimport.it.attacks.HostileBodies.Target;
import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.RawHttp;
import dev.inventoryimport.it.support.ServerOutput;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile bodies on the three push contracts ({@link Attacks}), after a control push on each:
 * first those that attack the XML and JSON readers themselves (external entities reaching for a
 * file or for a loopback server, entity expansion and number bombs, deep nesting, 100,000
 * attributes or members), then pushes that are not well-formed pushes of their contract (50 MB
 * bodies, truncated bodies and bodies ending before their declared length, wrong envelopes and
 * operations, numbers out of range, invalid UTF-8).
 */
class HostilePushesIT extends Attacks {

    /** The server's log from before it starts: read by the last test. */
    @RegisterExtension
    static final ServerOutput SERVER_LOG = ServerOutput.capture();

    private static final int MB = 1024 * 1024;

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

    /**
     * This server's whole log (start-up and every hostile push above) holds none of the secrets the
     * pushes carried: the token, the Magento 1 key, nor the file an external entity pointed at.
     */
    @Test
    @Order(50)
    void noTokenKeyOrEntityFileReachesTheServerLog() {
        String log = SERVER_LOG.text();
        assertTrue(log.contains("Payara Micro") && log.contains("ready in"), "the capture holds the server's start-up");
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the API token (and the previous one, which contains it)", token);
        secrets.put("the Magento 1 API key", M1_KEY);
        secrets.put("the external entity's file content", marker);
        secrets.forEach((what, secret) -> assertFalse(log.contains(secret), what + " is in the server log"));
    }
}
