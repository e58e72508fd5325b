package dev.inventoryimport.intake.magento1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.intake.soap.SoapVersion;
import dev.inventoryimport.requests.PushLine;
import org.junit.jupiter.api.Test;

class Magento1SoapReaderTest {

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";

    /** The integration guide's example, session token filled in. */
    private static final String GUIDE_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:Magento"
                xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
              <SOAP-ENV:Body>
                <ns1:orderflowInventoryMultiUpdate>
                    <sessionId xsi:type="xsd:string">3f2a9c0d1e</sessionId>
                    <skusQty SOAP-ENC:arrayType="ns1:skuQty[1]" xsi:type="ns1:skuQtyArray">
                        <item xsi:type="ns1:skuQty">
                            <key xsi:type="xsd:string">hdd000</key>
                            <value xsi:type="xsd:int">0</value>
                        </item>
                    </skusQty>
                    <skusSeqId SOAP-ENC:arrayType="ns1:skuSeq[1]" xsi:type="ns1:skuSeqArray">
                        <item xsi:type="ns1:skuSeq">
                            <key xsi:type="xsd:string">hdd000</key>
                            <value xsi:type="xsd:int">10</value>
                        </item>
                    </skusSeqId>
                    <messageSeqId xsi:type="xsd:int">4</messageSeqId>
                </ns1:orderflowInventoryMultiUpdate>
              </SOAP-ENV:Body>
            </SOAP-ENV:Envelope>
            """;

    private static String envelope(String envelopeNs, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<env:Envelope xmlns:env=\"" + envelopeNs + "\" xmlns:ns1=\"urn:Magento\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><env:Body>" + body + "</env:Body></env:Envelope>";
    }

    /** A SOAP 1.1 call whose body element is {@code ns1:<element>}. */
    private static String call(String element, String content) {
        return envelope(SOAP11, "<ns1:" + element + ">" + content + "</ns1:" + element + ">");
    }

    private static Magento1Request read(String xml) throws PushRejected {
        return Magento1SoapReader.read(xml.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String refusal(String xml) {
        return refusal(xml.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String refusal(byte[] body, int maxLines) {
        PushRejected e = assertThrows(PushRejected.class, () -> Magento1SoapReader.read(body, maxLines));
        assertEquals(PushRejected.Reason.INVALID, e.reason());
        return e.getMessage();
    }

    private static Magento1Call.MultiUpdate update(Magento1Request request) {
        return assertInstanceOf(Magento1Call.MultiUpdate.class, request.call());
    }

    @Test
    void readsTheGuideExample() throws PushRejected {
        Magento1Request request = read(GUIDE_EXAMPLE);

        assertEquals(SoapVersion.SOAP_1_1, request.version());
        assertEquals(Magento1Style.RPC_ENCODED, request.style());
        Magento1Call.MultiUpdate update = update(request);
        assertEquals("3f2a9c0d1e", update.sessionId());
        assertEquals(4, update.push().messageId());
        assertEquals(List.of(new PushLine(null, "hdd000", "0", "10", null)), update.push().lines());
    }

    @Test
    void readsTheWsiLiteralVariant() throws PushRejected {
        Magento1Request request = read(envelope(SOAP12, """
                <ns1:orderflowInventoryMultiUpdateRequestParam>
                  <sessionId>sid-1</sessionId>
                  <skusQty>
                    <complexObjectArray><key>hdd000</key><value>0</value></complexObjectArray>
                    <complexObjectArray><key>ssd100</key><value>12</value></complexObjectArray>
                  </skusQty>
                  <skusSeqId>
                    <complexObjectArray><key>ssd100</key><value>77</value><lastOrderExported>2024-02-16T10:00:00+00:00</lastOrderExported></complexObjectArray>
                    <complexObjectArray><key>hdd000</key><value>76</value></complexObjectArray>
                  </skusSeqId>
                  <messageSeqId>5</messageSeqId>
                </ns1:orderflowInventoryMultiUpdateRequestParam>"""));

        assertEquals(SoapVersion.SOAP_1_2, request.version());
        assertEquals(Magento1Style.DOCUMENT_LITERAL, request.style());
        Magento1Call.MultiUpdate update = update(request);
        assertEquals("sid-1", update.sessionId());
        assertEquals(5, update.push().messageId());
        assertEquals(List.of(
                new PushLine(null, "hdd000", "0", "76", null),
                new PushLine(null, "ssd100", "12", "77", "2024-02-16T10:00:00+00:00")), update.push().lines());
    }

    @Test
    void acceptsTheShorterParamName() throws PushRejected {
        Magento1Request request = read(call("orderflowInventoryMultiUpdateParam",
                "<sessionId>s</sessionId><messageSeqId>1</messageSeqId>"));

        assertEquals(Magento1Style.DOCUMENT_LITERAL, request.style());
        assertEquals(List.of(), update(request).push().lines());
    }

    @Test
    void readsLoginInBothStyles() throws PushRejected {
        Magento1Request rpc = read(call("login",
                "<username xsi:type=\"xsd:string\">u</username><apiKey xsi:type=\"xsd:string\">k</apiKey>"));
        Magento1Request literal = read(envelope(SOAP12,
                "<loginParam xmlns=\"urn:Magento\"><username>u</username><apiKey>k&amp;1</apiKey></loginParam>"));

        assertEquals(new Magento1Request(SoapVersion.SOAP_1_1, Magento1Style.RPC_ENCODED, new Magento1Call.Login("u", "k")), rpc);
        assertEquals(new Magento1Request(SoapVersion.SOAP_1_2, Magento1Style.DOCUMENT_LITERAL, new Magento1Call.Login("u", "k&1")), literal);
    }

    @Test
    void readsEndSessionInBothStyles() throws PushRejected {
        Magento1Request rpc = read(call("endSession", "<sessionId>abc</sessionId>"));
        Magento1Request literal = read(call("endSessionParam", "<sessionId>abc</sessionId>"));

        assertEquals(new Magento1Request(SoapVersion.SOAP_1_1, Magento1Style.RPC_ENCODED, new Magento1Call.EndSession("abc")), rpc);
        assertEquals(new Magento1Request(SoapVersion.SOAP_1_1, Magento1Style.DOCUMENT_LITERAL, new Magento1Call.EndSession("abc")), literal);
    }

    @Test
    void keepsADecimalQuantity() throws PushRejected {
        String xml = GUIDE_EXAMPLE.replace("<value xsi:type=\"xsd:int\">0</value>", "<value xsi:type=\"xsd:decimal\">5.5</value>");

        assertEquals("5.5", update(read(xml)).push().lines().get(0).quantity());
    }

    @Test
    void treatsNilAsAbsent() throws PushRejected {
        Magento1Call.MultiUpdate update = update(read(call("orderflowInventoryMultiUpdate", "<sessionId>s</sessionId>"
                + "<skusQty><item><key>a</key><value xsi:nil=\"true\"/></item></skusQty>"
                + "<skusSeqId><item><key>a</key><value>3</value><lastOrderExported xsi:nil=\"true\"/></item></skusSeqId>"
                + "<messageSeqId>2</messageSeqId>")));

        assertEquals(List.of(new PushLine(null, "a", null, "3", null)), update.push().lines());
    }

    @Test
    void refusesMissingCredentialsAndSessions() {
        assertEquals("sessionId is missing", refusal(call("orderflowInventoryMultiUpdate", "<messageSeqId>4</messageSeqId>")));
        assertEquals("sessionId is missing", refusal(call("orderflowInventoryMultiUpdate",
                "<sessionId xsi:nil=\"true\"/><messageSeqId>4</messageSeqId>")));
        assertEquals("sessionId is missing", refusal(call("endSession", "<sessionId> </sessionId>")));
        assertEquals("username is missing", refusal(call("login", "<apiKey>k</apiKey>")));
        assertEquals("apiKey is missing", refusal(call("loginParam", "<username>u</username><apiKey/>")));
        assertEquals("sessionId appears more than once",
                refusal(call("endSession", "<sessionId>a</sessionId><sessionId>b</sessionId>")));
    }

    @Test
    void refusesAnUnknownOperation() {
        assertEquals("Unknown operation catalogProductList", refusal(call("catalogProductList", "<sessionId>s</sessionId>")));
        assertEquals("Unknown operation cartInfoRequestParam", refusal(call("cartInfoRequestParam", "")));
        assertEquals("SOAP Body is empty, expected one of login, orderflowInventoryMultiUpdate, endSession",
                refusal(envelope(SOAP11, "")));
    }

    @Test
    void appliesTheMessageSeqIdRules() {
        assertEquals("messageSeqId is missing", refusal(call("orderflowInventoryMultiUpdate", "<sessionId>s</sessionId>")));
        assertEquals("messageSeqId is not an integer: 4.0",
                refusal(call("orderflowInventoryMultiUpdate", "<sessionId>s</sessionId><messageSeqId>4.0</messageSeqId>")));
        assertEquals("messageSeqId must not be negative: -4",
                refusal(call("orderflowInventoryMultiUpdate", "<sessionId>s</sessionId><messageSeqId>-4</messageSeqId>")));
    }

    @Test
    void refusesADoctype() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + call("login", "<username>&xxe;</username><apiKey>k</apiKey>").replaceFirst("<\\?xml[^>]*>", "");

        assertEquals("DOCTYPE is not allowed", refusal(xml));
    }

    @Test
    void refusesMultiReferenceEncoding() {
        String href = call("orderflowInventoryMultiUpdate", "<sessionId>s</sessionId><skusQty href=\"#id0\"/>"
                + "<messageSeqId>1</messageSeqId>");
        String soap12Ref = envelope(SOAP12, "<ns1:login><username enc:ref=\"u1\" xmlns:enc=\"http://www.w3.org/2003/05/soap-encoding\"/>"
                + "<apiKey>k</apiKey></ns1:login>");

        String message = refusal(href);
        assertTrue(message.startsWith("element skusQty refers to another element (href) at line "), message);
        assertTrue(message.endsWith("multi-reference encoding is not supported, send values inline"), message);
        assertTrue(refusal(soap12Ref).startsWith("element username refers to another element"));
    }

    @Test
    void refusesTruncatedXml() {
        String message = refusal(GUIDE_EXAMPLE.substring(0, GUIDE_EXAMPLE.length() - 40));

        assertTrue(message.startsWith("malformed XML at line "), message);
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] bytes = call("login", "<username>@</username><apiKey>k</apiKey>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b == '@') {
                body.write(0xC3); // a lead byte followed by a non-continuation byte
                body.write(0x28);
            } else {
                body.write(b);
            }
        }

        String message = refusal(body.toByteArray(), 10);

        assertTrue(message.startsWith("malformed XML") && message.contains("UTF-8"), message);
    }

    @Test
    void appliesTheDepthAndAttributeLimits() {
        String deep = "<a>".repeat(40) + "</a>".repeat(40);
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            attributes.append(" a").append(i).append("=\"1\"");
        }

        assertTrue(refusal(call("login", deep)).startsWith("XML is nested deeper than 32 elements"));
        assertEquals("element username has 65 attributes, more than the limit of 64",
                refusal(call("login", "<username" + attributes + ">u</username><apiKey>k</apiKey>")));
    }

    @Test
    void refusesMoreLinesThanTheLimit() throws PushRejected {
        byte[] body = call("orderflowInventoryMultiUpdate", "<sessionId>s</sessionId>"
                + "<skusQty><item><key>A</key><value>1</value></item><item><key>B</key><value>2</value></item></skusQty>"
                + "<skusSeqId><item><key>C</key><value>9</value></item></skusSeqId><messageSeqId>1</messageSeqId>")
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("message has 3 lines, more than the limit of 2", refusal(body, 2));
        assertEquals(3, update(Magento1SoapReader.read(body, 3)).push().lines().size());
    }
}
