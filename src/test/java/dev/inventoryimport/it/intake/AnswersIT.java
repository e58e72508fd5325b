package dev.inventoryimport.it.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.inventoryimport.it.intake.WsimportClients.Port;
import dev.inventoryimport.it.intake.WsimportClients.Pushed;
import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import jakarta.xml.ws.WebServiceException;
import org.junit.jupiter.api.Test;

/**
 * Every row of the answers table, on both contracts, and that nothing is stored for a refused push;
 * every SOAP answer validated against the schema of the WSDL the server serves, and pushes through
 * clients wsimport generated from WSDLs ({@link WsimportClients}).
 * The server runs with MAX_BODY_BYTES=1048576 and MAX_LINES=500 (see the failsafe configuration).
 */
class AnswersIT extends ServiceIT {

    private static final String OP = PushClient.SERVICE + "UpdateRequest";
    private static final String SOAP12 = "application/soap+xml; charset=utf-8";

    private ServedWsdl wsdl;

    @Test
    void tokensAreCheckedOnBothContractsAndRotationKeepsTheOldOneValid() {
        long before = storedRequests();
        String soap = PushClient.envelope(true, 1, List.of(Line.of("AUTH-A", 1, 1)));
        String json = PushClient.json(1, List.of(Line.of("AUTH-A", 1, 1)));
        for (String bearer : new String[]{null, "", "wrong", token + "x"}) {
            Answer s = valid(client.soapRaw(soap, SOAP12, bearer));
            assertEquals(401, s.status(), "SOAP with token '" + bearer + "'");
            assertTrue(s.body().contains("env:Sender"), s.body());
            assertEquals(401, client.post("rest/V1/orderflow/inventory", json, "application/json", bearer).status());
            assertEquals(401, new PushClient(base, bearer == null ? "" : bearer).get("rest/V1/stockItems/AUTH-A").status());
        }
        assertEquals(before, storedRequests(), "nothing stored for a refused push");

        Answer previous = client.soapRaw(soap, SOAP12, "it-token-previous");
        assertEquals(200, previous.status(), previous.body());
        assertNotNull(previous.header("X-Request-Id"));
    }

    @Test
    void oversizedBodiesAre413() {
        long before = storedRequests();
        String padding = "<!--" + "x".repeat(1_100_000) + "-->";
        String soap = PushClient.envelope(true, 2, List.of(Line.of("BIG-A", 1, 1))).replace("<env:Body>", padding + "<env:Body>");
        Answer s = valid(client.postExpectingContinue("soap/default?services=" + PushClient.SERVICE, soap, SOAP12));
        assertEquals(413, s.status());
        assertTrue(s.body().contains("MAX_BODY_BYTES"), s.body());

        String json = PushClient.json(2, List.of(new Line("BIG-A", "1", "1", "s".repeat(1_100_000))));
        assertEquals(413, client.postExpectingContinue("rest/V1/orderflow/inventory", json, "application/json").status());
        assertEquals(before, storedRequests());
    }

    @Test
    void malformedOrHostileBodiesAre400WithAClientFault() {
        long before = storedRequests();
        String valid = PushClient.envelope(true, 3, List.of(Line.of("BAD-A", 1, 1)));
        List<String[]> cases = List.of(
                new String[]{valid.substring(0, valid.length() - 40), "malformed"},
                new String[]{"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + valid.substring(valid.indexOf("<env:Envelope")), "DOCTYPE"},
                new String[]{valid.replace(OP, "realtimeDespatchOrderFlowInventoryRequestManagementV1DeleteRequest"), "operation"},
                new String[]{valid.replace("<messageSeqId>3</messageSeqId>", ""), "messageSeqId"},
                new String[]{valid.replace("<messageSeqId>3</messageSeqId>", "<messageSeqId>three</messageSeqId>"), "messageSeqId"},
                new String[]{"not xml at all", "xml"});
        for (String[] c : cases) {
            Answer a = valid(client.soapRaw(c[0], SOAP12, token));
            assertEquals(400, a.status(), c[1] + ": " + a.body());
            assertTrue(a.body().contains("env:Sender"), a.body());
            assertTrue(a.body().toLowerCase().contains(c[1].toLowerCase()), "fault names the problem: " + a.body());
        }
        Answer soap11 = valid(client.soapRaw(PushClient.envelope(false, 3, List.of()).replace(OP, "SomethingElse"),
                "text/xml; charset=utf-8", token));
        assertEquals(400, soap11.status());
        assertTrue(soap11.body().contains("Client"), soap11.body());

        for (String json : List.of("{\"productQtys\": [", "[]", "{\"productQtys\": []}", "{\"messageSeqId\": \"x\"}")) {
            Answer a = client.post("rest/V1/orderflow/inventory", json, "application/json", token);
            assertEquals(400, a.status(), json + ": " + a.body());
            assertTrue(a.body().contains("\"message\""), a.body());
        }
        assertEquals(before, storedRequests());
    }

    @Test
    void moreLinesThanTheLimitAre400() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            lines.add(Line.of("MANY-" + i, 1, 1));
        }
        long before = storedRequests();
        Answer soap = valid(client.soap(4, lines));
        assertEquals(400, soap.status());
        assertTrue(soap.body().contains("501"), soap.body());
        assertEquals(400, client.rest(4, lines).status());
        assertEquals(before, storedRequests());

        Answer atLimit = client.soap(5, lines.subList(0, 500));
        assertEquals(200, atLimit.status(), atLimit.body());
        assertEquals(500, client.awaitDone(atLimit.requestId(), Duration.ofSeconds(30)).getInt("successes"));
    }

    @Test
    void aDatabaseRefusingTheWriteIs503WithRetryAfterAndNothingStored() {
        TestServer.execute("ALTER TABLE inventory_request ADD CONSTRAINT it_refuse CHECK (message_id <> 9999)");
        try {
            long before = storedRequests();
            Answer soap = valid(client.soap(9999, List.of(Line.of("DOWN-A", 1, 1))));
            assertEquals(503, soap.status(), soap.body());
            assertNotNull(soap.header("Retry-After"));
            assertTrue(soap.body().contains("env:Receiver"), soap.body());
            Answer rest = client.rest(9999, List.of(Line.of("DOWN-A", 1, 1)));
            assertEquals(503, rest.status());
            assertNotNull(rest.header("Retry-After"));
            assertEquals(before, storedRequests());
        } finally {
            TestServer.execute("ALTER TABLE inventory_request DROP CONSTRAINT it_refuse");
        }
    }

    @Test
    void wsdlIsServedWithThisHostsAddress() {
        Answer wsdl = client.get("soap/default?wsdl&services=" + PushClient.SERVICE);
        assertEquals(200, wsdl.status());
        assertTrue(wsdl.body().contains("name=\"" + OP + "\""), wsdl.body());
        assertTrue(wsdl.body().contains(base.getHost()), "address of this host");
    }

    @Test
    void servedWsdlIsTheWsdlFileTheTestClientsWereGeneratedFromWithThisHostsAddress() throws IOException {
        ServedWsdl served = servedWsdl();
        String address = served.targetNamespace();
        assertEquals(endpoint(), address);
        String file;
        try (InputStream in = AnswersIT.class.getResourceAsStream("/dev/inventoryimport/intake/soap/magento2-inventory.wsdl")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(file, served.text().replace(address, "@ADDRESS@"));
    }

    @Test
    void answersInBothVersionsValidateAgainstTheServedWsdl() {
        String namespace = servedWsdl().targetNamespace();
        for (boolean soap12 : new boolean[]{true, false}) {
            String push = PushClient.envelope(soap12, 10, List.of(Line.of("WSDL-A", 3, 1)))
                    .replace("http://shop.example/soap/default?services=" + PushClient.SERVICE, namespace.replace("&", "&amp;"));
            String contentType = soap12 ? SOAP12 : "text/xml; charset=utf-8";
            Answer a = valid(client.soapRaw(push, contentType, token));
            assertEquals(200, a.status(), a.body());
            assertTrue(a.body().contains("<result>Success - Message 10 Received</result>"), a.body());
            assertEquals(401, valid(client.soapRaw(push, contentType, "wrong")).status());
            assertEquals(400, valid(client.soapRaw(push.replace("<messageSeqId>10</messageSeqId>", ""), contentType, token)).status());
        }
        Answer unknownService = valid(client.post("soap/default?services=catalogProductRepositoryV1",
                PushClient.envelope(false, 11, List.of()), "text/xml; charset=utf-8", token));
        assertEquals(400, unknownService.status(), unknownService.body());
    }

    @Test
    void clientsGeneratedByWsimportPushAndReadTheResult() {
        String endpoint = endpoint();
        long message = 20;
        for (Port port : Port.values()) {
            String sku = "WSIMPORT-" + port;
            Pushed pushed = WsimportClients.servedWsdl(port, endpoint, token, message, sku, "7", "1");
            assertEquals("Success - Message " + message + " Received", pushed.result(), port.toString());
            assertEquals(1, client.awaitDone(pushed.requestId(), Duration.ofSeconds(30)).getInt("successes"));
            assertEquals(7, client.getJson("rest/V1/stockItems/" + sku).getJsonNumber("qty").intValueExact());
            message++;
        }
        Pushed magento = WsimportClients.magento2Form(endpoint, token, 22, "WSIMPORT-MAGENTO2", "4", "1");
        assertEquals("Success - Message 22 Received", magento.result());
        assertEquals(1, client.awaitDone(magento.requestId(), Duration.ofSeconds(30)).getInt("successes"));
        assertEquals(4, client.getJson("rest/V1/stockItems/WSIMPORT-MAGENTO2").getJsonNumber("qty").intValueExact());

        long before = storedRequests();
        assertThrows(WebServiceException.class,
                () -> WsimportClients.servedWsdl(Port.SOAP_1_2, endpoint, "wrong", 23, "WSIMPORT-X", "1", "1"));
        assertEquals(before, storedRequests(), "nothing stored for a refused push");
    }

    private String endpoint() {
        return base.toString().replaceFirst("/?$", "/") + "soap/default?services=" + PushClient.SERVICE;
    }

    /** The answer, after checking it validates against the served WSDL (its namespace is the WSDL's, or it is a fault). */
    private Answer valid(Answer answer) {
        servedWsdl().assertValidAnswer(answer.body());
        return answer;
    }

    private ServedWsdl servedWsdl() {
        if (wsdl == null) {
            Answer a = client.get("soap/default?wsdl&services=" + PushClient.SERVICE);
            assertEquals(200, a.status(), a.body());
            wsdl = ServedWsdl.of(a.body());
        }
        return wsdl;
    }

    private static long storedRequests() {
        return TestServer.queryLong("SELECT COUNT(*) FROM inventory_request");
    }
}
