package dev.inventoryimport.it.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The Magento 1 contract through {@code /api/v2_soap/index/}: login, the guide's own example push,
 * duplicate and superseded handling, the document/literal variant (its answers validated against the
 * served WS-I WSDL), wrong and ended sessions, throttled logins, and PHP's SoapClient built from each
 * served WSDL (Debian's php-cli and php-soap; .ci/run installs them). The server's API user is
 * orderflow / it-api-key (failsafe configuration).
 */
class Magento1IT extends ServiceIT {

    private static final String ENDPOINT = "api/v2_soap/index/";
    private static final String TEXT_XML = "text/xml; charset=utf-8";
    private static final String RPC_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:Magento\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\""
            + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><SOAP-ENV:Body>";
    private static final String RPC_TAIL = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

    @Test
    void guideExampleAfterLoginIsProcessedLikeAnyPush() {
        String session = login("orderflow", "it-api-key");

        Answer ack = call(guideExample(session, "hdd000", "0", "10", 4));
        assertEquals(200, ack.status(), ack.body());
        assertTrue(ack.body().contains("Success - Message 4 Received"), ack.body());
        JsonObject request = client.awaitDone(ack.requestId(), Duration.ofSeconds(20));
        assertEquals("Processed", request.getString("status"));
        assertEquals("M1_SOAP", request.getString("contract"));
        JsonObject stock = client.getJson("rest/V1/stockItems/hdd000");
        assertEquals(0, stock.getJsonNumber("qty").intValueExact());
        assertEquals(false, stock.getBoolean("is_in_stock"));
        assertEquals(10, stock.getJsonArray("sources").getJsonObject(0).getJsonNumber("sequence_id").intValue());

        JsonObject duplicate = client.awaitDone(call(guideExample(session, "hdd000", "5", "10", 5)).requestId(),
                Duration.ofSeconds(20));
        assertEquals(1, duplicate.getInt("duplicates"));
        JsonObject stale = client.awaitDone(call(guideExample(session, "hdd000", "7", "9", 6)).requestId(),
                Duration.ofSeconds(20));
        assertEquals(1, stale.getInt("superseded"));
        assertEquals(0, client.getJson("rest/V1/stockItems/hdd000").getJsonNumber("qty").intValueExact());
    }

    @Test
    void documentLiteralVariantWithDecimalQuantities() {
        Answer login = call("<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:urn=\"urn:Magento\"><soapenv:Body><urn:loginParam><username>orderflow</username>"
                + "<apiKey>it-api-key</apiKey></urn:loginParam></soapenv:Body></soapenv:Envelope>");
        assertEquals(200, login.status(), login.body());
        ServedWsdl wsi = servedWsiWsdl();
        wsi.assertValidAnswer(login.body());
        String session = firstText(login.body(), "result");

        Answer ack = call("<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:urn=\"urn:Magento\"><soapenv:Body><urn:orderflowInventoryMultiUpdateRequestParam>"
                + "<sessionId>" + session + "</sessionId>"
                + "<skusQty><complexObjectArray><key>LIT-1</key><value>5.5</value></complexObjectArray>"
                + "<complexObjectArray><key>LIT-2</key><value>3</value></complexObjectArray></skusQty>"
                + "<skusSeqId><complexObjectArray><key>LIT-1</key><value>1</value>"
                + "<lastOrderExported>2024-02-16T10:00:00Z</lastOrderExported></complexObjectArray>"
                + "<complexObjectArray><key>LIT-2</key><value>1</value></complexObjectArray></skusSeqId>"
                + "<messageSeqId>70</messageSeqId></urn:orderflowInventoryMultiUpdateRequestParam></soapenv:Body></soapenv:Envelope>");
        assertEquals(200, ack.status(), ack.body());
        wsi.assertValidAnswer(ack.body());
        assertTrue(ack.body().contains("Success - Message 70 Received"), ack.body());
        assertEquals(2, client.awaitDone(ack.requestId(), Duration.ofSeconds(20)).getInt("successes"));
        assertEquals("5.5", client.getJson("rest/V1/stockItems/LIT-1").getJsonNumber("qty").toString());

        Answer end = call("<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:urn=\"urn:Magento\"><soapenv:Body><urn:endSessionParam><sessionId>" + session
                + "</sessionId></urn:endSessionParam></soapenv:Body></soapenv:Envelope>");
        assertEquals(200, end.status(), end.body());
        wsi.assertValidAnswer(end.body());
    }

    @Test
    void wrongOrEndedSessionsAreRefusedAndNothingIsStored() {
        long before = TestServer.queryLong("SELECT COUNT(*) FROM inventory_request");
        Answer wrong = call(guideExample("0123456789abcdef0123456789abcdef", "S-1", "1", "1", 80));
        assertEquals(401, wrong.status());
        assertTrue(wrong.body().contains("Session expired. Try to relogin."), wrong.body());
        assertTrue(wrong.body().contains(">5<"), "Magento 1 fault code 5: " + wrong.body());

        String session = login("orderflow", "it-api-key");
        Answer end = call(RPC_HEAD + "<ns1:endSession><sessionId xsi:type=\"xsd:string\">" + session
                + "</sessionId></ns1:endSession>" + RPC_TAIL);
        assertEquals(200, end.status(), end.body());
        assertTrue(end.body().contains("true"), end.body());
        assertEquals(401, call(guideExample(session, "S-1", "1", "1", 81)).status());
        assertEquals(before, TestServer.queryLong("SELECT COUNT(*) FROM inventory_request"));
    }

    @Test
    void badLoginsAreDeniedThenThrottled() {
        for (int i = 0; i < 5; i++) {
            Answer denied = call(loginCall("throttled-user", "guess-" + i));
            assertEquals(401, denied.status());
            assertTrue(denied.body().contains("Access denied."), denied.body());
            assertTrue(denied.body().contains(">2<"), "Magento 1 fault code 2: " + denied.body());
        }
        Answer throttled = call(loginCall("throttled-user", "guess-5"));
        assertEquals(429, throttled.status(), throttled.body());
        assertTrue(throttled.body().contains("Access denied."));
    }

    @Test
    void wsdlDescribesTheOperations() {
        Answer wsdl = client.get("api/v2_soap/?wsdl=1");
        assertEquals(200, wsdl.status());
        assertTrue(wsdl.body().contains("orderflowInventoryMultiUpdate"));
        assertTrue(wsdl.body().contains("/api/v2_soap/index/"));
        assertEquals(200, client.post("api/v2_soap/index", loginCall("orderflow", "it-api-key"), TEXT_XML, null).status(),
                "the endpoint without its trailing slash");
    }

    @Test
    void wsiWsdlIsServedBesideTheRpcEncodedOne() {
        Answer wsdl = client.get("api/v2_soap/?wsdl=1&wsi=1");
        assertEquals(200, wsdl.status());
        assertTrue(wsdl.body().contains("orderflowInventoryMultiUpdateRequestParam"), wsdl.body());
        assertTrue(wsdl.body().contains("use=\"literal\""), wsdl.body());
        assertTrue(wsdl.body().contains("/api/v2_soap/index/"));
        assertTrue(client.get("api/v2_soap/?wsdl=1").body().contains("use=\"encoded\""));
    }

    @Test
    void phpSoapClientBuiltFromEachServedWsdlLogsInPushesAndReadsTheResult() throws Exception {
        // PHP fetches a WSDL's schema imports from their URL: offline, the SOAP-encoding one (which
        // Magento 1's own WSDL has too) is dropped from the local copy; PHP knows that schema anyway.
        String rpc = client.get("api/v2_soap/?wsdl=1").body()
                .replaceAll("<import namespace=\"http://schemas.xmlsoap.org/soap/encoding/\"[^>]*/>", "");
        JsonObject viaRpc = php(rpc, "rpc", 90, "PHP-RPC", "6", "1");
        assertEquals("Success - Message 90 Received", viaRpc.getString("result"));
        assertTrue(viaRpc.getBoolean("ended"));

        JsonObject viaWsi = php(client.get("api/v2_soap/?wsdl=1&wsi=1").body(), "wsi", 91, "PHP-WSI", "2.5", "1");
        assertEquals("Success - Message 91 Received", viaWsi.getString("result"));
        assertTrue(viaWsi.getBoolean("ended"));

        awaitQty("PHP-RPC", "6");
        awaitQty("PHP-WSI", "2.5");
    }

    private void awaitQty(String sku, String qty) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Answer stock;
        do {
            Thread.sleep(200);
            stock = client.get("rest/V1/stockItems/" + sku);
        } while (stock.status() != 200 && System.nanoTime() < deadline);
        assertEquals(200, stock.status(), sku + ": " + stock.body());
        BigDecimal stored = client.getJson("rest/V1/stockItems/" + sku).getJsonNumber("qty").bigDecimalValue();
        assertEquals(0, new BigDecimal(qty).compareTo(stored), sku + ": " + stored);
    }

    /** Runs src/test/resources/php/magento1-client.php with PHP's SoapClient on a local copy of a WSDL. */
    private static JsonObject php(String wsdl, String style, long messageId, String sku, String qty, String seq)
            throws IOException, InterruptedException, URISyntaxException {
        requirePhpSoap();
        Path script = Path.of(Magento1IT.class.getResource("/php/magento1-client.php").toURI());
        Path copy = Files.createTempFile("magento1-", ".wsdl");
        try {
            Files.writeString(copy, wsdl);
            List<String> command = new ArrayList<>(List.of("php", script.toString(), copy.toString(), style,
                    "orderflow", "it-api-key", Long.toString(messageId), sku, qty, seq));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "php finished");
            assertEquals(0, p.exitValue(), "php " + style + ": " + out);
            return (JsonObject) PushClient.parse(out.strip());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void requirePhpSoap() throws IOException, InterruptedException {
        String modules;
        try {
            Process p = new ProcessBuilder("php", "-m").redirectErrorStream(true).start();
            modules = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new AssertionError("No `php` on the PATH: install Debian's php-cli and php-soap"
                    + " (apt-get install php-cli php-soap; .ci/run does)", e);
        }
        assertTrue(modules.lines().anyMatch("soap"::equals),
                "PHP lacks its soap extension: install Debian's php-soap (.ci/run does). php -m: " + modules);
    }

    private ServedWsdl servedWsiWsdl() {
        Answer wsdl = client.get("api/v2_soap/?wsdl=1&wsi=1");
        assertEquals(200, wsdl.status(), wsdl.body());
        return ServedWsdl.of(wsdl.body());
    }

    private String login(String user, String key) {
        Answer a = call(loginCall(user, key));
        assertEquals(200, a.status(), a.body());
        return firstText(a.body(), "loginReturn");
    }

    private static String loginCall(String user, String key) {
        return RPC_HEAD + "<ns1:login><username xsi:type=\"xsd:string\">" + user + "</username>"
                + "<apiKey xsi:type=\"xsd:string\">" + key + "</apiKey></ns1:login>" + RPC_TAIL;
    }

    /** The integration guide's example message, completed into a well-formed envelope. */
    private static String guideExample(String session, String sku, String qty, String seq, long messageId) {
        return RPC_HEAD + "<ns1:orderflowInventoryMultiUpdate>"
                + "<sessionId xsi:type=\"xsd:string\">" + session + "</sessionId>"
                + "<skusQty SOAP-ENC:arrayType=\"ns1:skuQty[1]\" xsi:type=\"ns1:skuQtyArray\">"
                + "<item xsi:type=\"ns1:skuQty\"><key xsi:type=\"xsd:string\">" + sku + "</key>"
                + "<value xsi:type=\"xsd:int\">" + qty + "</value></item></skusQty>"
                + "<skusSeqId SOAP-ENC:arrayType=\"ns1:skuSeq[1]\" xsi:type=\"ns1:skuSeqArray\">"
                + "<item xsi:type=\"ns1:skuSeq\"><key xsi:type=\"xsd:string\">" + sku + "</key>"
                + "<value xsi:type=\"xsd:int\">" + seq + "</value></item></skusSeqId>"
                + "<messageSeqId xsi:type=\"xsd:int\">" + messageId + "</messageSeqId>"
                + "</ns1:orderflowInventoryMultiUpdate>" + RPC_TAIL;
    }

    private Answer call(String envelope) {
        return client.post(ENDPOINT, envelope, TEXT_XML, null);
    }

    private static String firstText(String xml, String element) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + element + "[^>]*>([^<]+)<").matcher(xml);
        assertTrue(m.find(), element + " in " + xml);
        return m.group(1);
    }
}
