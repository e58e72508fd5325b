package dev.inventoryimport.intake.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.requests.PushLine;
import org.junit.jupiter.api.Test;

class Magento2SoapReaderTest {

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final String NS = "http://store.example/soap/default?services=realtimeDespatchOrderFlowInventoryRequestManagementV1";
    private static final String OP = Magento2SoapReader.OPERATION;

    private static final String MAGENTO_EXAMPLE_CONTENT = """
            <productQtys><item><sku>24-MB01</sku><qty>90</qty><source>default</source></item></productQtys>
            <productSeqs><item><sku>24-MB01</sku><seq>10</seq><lastOrderExported>2024-02-16 10:00:00</lastOrderExported></item></productSeqs>
            <messageSeqId>71</messageSeqId>""";

    /** A SOAP 1.1 request with the operation element prefixed ns1 and unqualified children, as Magento's examples. */
    private static String request(String content) {
        return envelope(SOAP11, "", "<ns1:" + OP + " xmlns:ns1=\"" + NS + "\">" + content + "</ns1:" + OP + ">");
    }

    private static String envelope(String envelopeNs, String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + envelopeNs + "\">" + header
                + "<SOAP-ENV:Body>" + body + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    private static SoapPush read(String xml) throws PushRejected {
        return Magento2SoapReader.read(xml.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String refusal(String xml) {
        return refusal(xml.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String refusal(byte[] body, int maxLines) {
        PushRejected e = assertThrows(PushRejected.class, () -> Magento2SoapReader.read(body, maxLines));
        assertEquals(PushRejected.Reason.INVALID, e.reason());
        return e.getMessage();
    }

    @Test
    void readsTheMagentoExample() throws PushRejected {
        SoapPush result = read(request(MAGENTO_EXAMPLE_CONTENT));

        assertEquals(SoapVersion.SOAP_1_1, result.version());
        assertEquals(NS, result.operationNamespace());
        assertEquals(71, result.push().messageId());
        assertEquals(List.of(new PushLine("default", "24-MB01", "90", "10", "2024-02-16 10:00:00")), result.push().lines());
    }

    @Test
    void readsSoap12AndIgnoresTheHeader() throws PushRejected {
        // The header even holds an Update-lookalike: it must not be read.
        String header = "<SOAP-ENV:Header><sec:Security xmlns:sec=\"urn:sec\" SOAP-ENV:mustUnderstand=\"true\">"
                + "<" + OP + "><messageSeqId>999</messageSeqId></" + OP + "></sec:Security></SOAP-ENV:Header>";
        String xml = envelope(SOAP12, header, "<m:" + OP + " xmlns:m=\"urn:other\">" + MAGENTO_EXAMPLE_CONTENT + "</m:" + OP + ">");

        SoapPush result = read(xml);

        assertEquals(SoapVersion.SOAP_1_2, result.version());
        assertEquals("urn:other", result.operationNamespace());
        assertEquals(71, result.push().messageId());
        assertEquals(1, result.push().lines().size());
    }

    @Test
    void readsDefaultNamespaceQualifiedChildren() throws PushRejected {
        String xml = "<Envelope xmlns=\"" + SOAP11 + "\"><Body><" + OP + " xmlns=\"" + NS + "\">"
                + MAGENTO_EXAMPLE_CONTENT + "</" + OP + "></Body></Envelope>";

        SoapPush result = read(xml);

        assertEquals(NS, result.operationNamespace());
        assertEquals(List.of(new PushLine("default", "24-MB01", "90", "10", "2024-02-16 10:00:00")), result.push().lines());
    }

    @Test
    void readsPrefixedChildren() throws PushRejected {
        String content = "<ns1:productQtys><ns1:item><ns1:sku>24-MB01</ns1:sku><ns1:qty>90</ns1:qty>"
                + "<ns1:source>default</ns1:source></ns1:item></ns1:productQtys>"
                + "<ns1:productSeqs><ns1:item><ns1:sku>24-MB01</ns1:sku><ns1:seq>10</ns1:seq></ns1:item></ns1:productSeqs>"
                + "<ns1:messageSeqId>71</ns1:messageSeqId>";

        SoapPush result = read(request(content));

        assertEquals(List.of(new PushLine("default", "24-MB01", "90", "10", null)), result.push().lines());
    }

    @Test
    void operationWithoutNamespaceGivesEmptyNamespace() throws PushRejected {
        SoapPush result = read(envelope(SOAP11, "", "<" + OP + ">" + MAGENTO_EXAMPLE_CONTENT + "</" + OP + ">"));

        assertEquals("", result.operationNamespace());
        assertEquals(71, result.push().messageId());
    }

    @Test
    void keepsLastOrderExportedRawInBothFormats() throws PushRejected {
        String content = "<productQtys><item><sku>A</sku><qty>1</qty></item><item><sku>B</sku><qty>2</qty></item></productQtys>"
                + "<productSeqs><item><sku>A</sku><seq>1</seq><lastOrderExported>2024-02-16 10:00:00</lastOrderExported></item>"
                + "<item><sku>B</sku><seq>2</seq><lastOrderExported>2024-02-16T10:00:00.123+01:00</lastOrderExported></item></productSeqs>"
                + "<messageSeqId>5</messageSeqId>";

        List<PushLine> lines = read(request(content)).push().lines();

        assertEquals("2024-02-16 10:00:00", lines.get(0).lastOrderExported());
        assertEquals("2024-02-16T10:00:00.123+01:00", lines.get(1).lastOrderExported());
    }

    @Test
    void missingOrEmptySourceIsNull() throws PushRejected {
        String content = "<productQtys><item><sku>A</sku><qty>1</qty></item>"
                + "<item><sku>B</sku><qty>2</qty><source/></item></productQtys><messageSeqId>5</messageSeqId>";

        List<PushLine> lines = read(request(content)).push().lines();

        assertNull(lines.get(0).source());
        assertNull(lines.get(1).source());
    }

    @Test
    void sameSkuInTwoSourcesSharesTheSequence() throws PushRejected {
        String content = "<productQtys>"
                + "<item><sku>A</sku><qty>5</qty><source>north</source></item>"
                + "<item><sku>A</sku><qty>7</qty><source>south</source></item>"
                + "<item><sku>B</sku><qty>3</qty><source>default</source></item></productQtys>"
                + "<productSeqs><item><sku>B</sku><seq>11</seq></item><item><sku>A</sku><seq>10</seq></item></productSeqs>"
                + "<messageSeqId>72</messageSeqId>";

        List<PushLine> lines = read(request(content)).push().lines();

        assertEquals(List.of(
                new PushLine("north", "A", "5", "10", null),
                new PushLine("south", "A", "7", "10", null),
                new PushLine("default", "B", "3", "11", null)), lines);
    }

    @Test
    void sequenceWithoutQuantityBecomesTrailingLineAndFirstDuplicateWins() throws PushRejected {
        String content = "<productQtys><item><sku>A</sku><qty>5</qty></item></productQtys>"
                + "<productSeqs><item><sku>C</sku><seq>30</seq></item><item><sku>A</sku><seq>10</seq></item>"
                + "<item><sku>A</sku><seq>99</seq></item><item><sku>C</sku><seq>98</seq></item></productSeqs>"
                + "<messageSeqId>72</messageSeqId>";

        List<PushLine> lines = read(request(content)).push().lines();

        assertEquals(List.of(new PushLine(null, "A", "5", "10", null), new PushLine(null, "C", null, "30", null)), lines);
    }

    @Test
    void keepsLineLevelOdditiesRaw() throws PushRejected {
        String longSku = "X".repeat(80);
        String content = "<productQtys><item><qty>4</qty></item><item><sku>" + longSku + "</sku><qty> 90 </qty></item>"
                + "<item><sku>D</sku><qty>ninety</qty></item></productQtys><messageSeqId>1</messageSeqId>";

        List<PushLine> lines = read(request(content)).push().lines();

        assertEquals(List.of(
                new PushLine(null, null, "4", null, null),
                new PushLine(null, longSku, "90", null, null),
                new PushLine(null, "D", "ninety", null, null)), lines);
    }

    @Test
    void acceptsAMessageWithoutLines() throws PushRejected {
        SoapPush result = read(request("<productQtys/><messageSeqId>0</messageSeqId>"));

        assertEquals(0, result.push().messageId());
        assertEquals(List.of(), result.push().lines());
    }

    @Test
    void honoursTheDeclaredEncoding() throws PushRejected {
        byte[] body = request("<productQtys><item><sku>Café</sku><qty>1</qty></item></productQtys><messageSeqId>1</messageSeqId>")
                .replace("UTF-8", "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("Café", Magento2SoapReader.read(body, 10).push().lines().get(0).sku());
    }

    @Test
    void refusesAnExternalEntityDoctype() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + request("<productQtys><item><sku>&xxe;</sku><qty>1</qty></item></productQtys><messageSeqId>1</messageSeqId>")
                .replaceFirst("<\\?xml[^>]*>", "");

        assertEquals("DOCTYPE is not allowed", refusal(xml));
    }

    @Test
    void refusesBillionLaughsQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><lolz>&lol9;</lolz>");

        String message = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(dtd.toString()));

        assertEquals("DOCTYPE is not allowed", message);
    }

    @Test
    void refusesTruncatedXml() {
        String xml = request(MAGENTO_EXAMPLE_CONTENT);

        String message = refusal(xml.substring(0, xml.length() - 30));

        assertTrue(message.startsWith("malformed XML at line "), message);
    }

    @Test
    void refusesTrailingGarbage() {
        assertTrue(refusal(request(MAGENTO_EXAMPLE_CONTENT) + "<more/>").startsWith("malformed XML"));
    }

    @Test
    void refusesEmptyBody() {
        assertEquals("empty body", refusal(new byte[0], 10));
        assertEquals("empty body", refusal(null, 10));
    }

    @Test
    void refusesTheWrongOperation() {
        String other = "realtimeDespatchOrderFlowInventoryRequestManagementV1GetRequest";
        String message = refusal(envelope(SOAP11, "", "<ns1:" + other + " xmlns:ns1=\"urn:x\"><messageSeqId>1</messageSeqId></ns1:" + other + ">"));

        assertEquals("wrong operation: expected " + OP + " but found {urn:x}" + other, message);
    }

    @Test
    void refusesARootThatIsNotAnEnvelope() {
        assertEquals("not a SOAP envelope: the root element is " + OP,
                refusal("<" + OP + "><messageSeqId>1</messageSeqId></" + OP + ">"));
        assertEquals("not a SOAP envelope: the root element is {urn:not-soap}Envelope",
                refusal("<Envelope xmlns=\"urn:not-soap\"><Body/></Envelope>"));
    }

    @Test
    void refusesAnEnvelopeWithoutUsableBody() {
        assertEquals("SOAP Envelope has no Body",
                refusal("<e:Envelope xmlns:e=\"" + SOAP11 + "\"><e:Header/></e:Envelope>"));
        assertEquals("SOAP Body is empty, expected " + OP, refusal(envelope(SOAP12, "", "")));
    }

    @Test
    void refusesElementsInsideAValue() {
        String message = refusal(request("<messageSeqId><b>1</b></messageSeqId>"));

        assertTrue(message.startsWith("element messageSeqId must contain only text"), message);
    }

    @Test
    void refusesMissingMessageSeqId() {
        assertEquals("messageSeqId is missing", refusal(request("<productQtys/>")));
        assertEquals("messageSeqId is missing", refusal(request("<messageSeqId> </messageSeqId>")));
    }

    @Test
    void refusesBadMessageSeqIds() {
        assertEquals("messageSeqId is not an integer: 7x1", refusal(request("<messageSeqId>7x1</messageSeqId>")));
        assertEquals("messageSeqId is out of range: 9223372036854775808",
                refusal(request("<messageSeqId>9223372036854775808</messageSeqId>")));
        assertEquals("messageSeqId must not be negative: -1", refusal(request("<messageSeqId>-1</messageSeqId>")));
        assertEquals("messageSeqId appears more than once",
                refusal(request("<messageSeqId>1</messageSeqId><messageSeqId>2</messageSeqId>")));
    }

    @Test
    void acceptsTheLargestMessageSeqId() throws PushRejected {
        assertEquals(Long.MAX_VALUE, read(request("<messageSeqId> 9223372036854775807 </messageSeqId>")).push().messageId());
    }

    @Test
    void refusesMoreLinesThanTheLimit() throws PushRejected {
        // Two quantity lines plus one unmatched sequence: three lines.
        byte[] body = request("<productQtys><item><sku>A</sku><qty>1</qty></item><item><sku>B</sku><qty>1</qty></item></productQtys>"
                + "<productSeqs><item><sku>C</sku><seq>1</seq></item></productSeqs><messageSeqId>1</messageSeqId>")
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("message has 3 lines, more than the limit of 2", refusal(body, 2));
        assertEquals(3, Magento2SoapReader.read(body, 3).push().lines().size());
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);

        String message = refusal(envelope(SOAP11, "<SOAP-ENV:Header>" + deep + "</SOAP-ENV:Header>", ""));

        assertTrue(message.startsWith("XML is nested deeper than 32 elements"), message);
    }

    @Test
    void acceptsNestingUpToTheLimit() throws PushRejected {
        // Envelope, Header and 30 more: exactly 32 levels.
        String deep = "<a>".repeat(30) + "</a>".repeat(30);

        assertEquals(71, read(envelope(SOAP11, "<SOAP-ENV:Header>" + deep + "</SOAP-ENV:Header>",
                "<" + OP + ">" + MAGENTO_EXAMPLE_CONTENT + "</" + OP + ">")).push().messageId());
    }

    @Test
    void refusesTooManyAttributes() {
        String huge = request("<productQtys><item" + attributes(100_000) + "/></productQtys><messageSeqId>1</messageSeqId>");
        String justOver = request("<productQtys><item" + attributes(65) + "/></productQtys><messageSeqId>1</messageSeqId>");

        assertTrue(refusal(huge).contains("attributes"));
        assertEquals("element item has 65 attributes, more than the limit of 64", refusal(justOver));
    }

    private static String attributes(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(" a").append(i).append("=\"1\"");
        }
        return out.toString();
    }

    @Test
    void refusesInvalidUtf8() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String xml = request("<productQtys><item><sku>@</sku><qty>1</qty></item></productQtys><messageSeqId>1</messageSeqId>");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        int at = xml.indexOf('@');
        body.write(bytes, 0, at);
        body.write(0xC3); // a lead byte followed by a non-continuation byte
        body.write(0x28);
        body.write(bytes, at + 1, bytes.length - at - 1);

        String message = refusal(body.toByteArray(), 10);

        assertTrue(message.startsWith("malformed XML") && message.contains("UTF-8"), message);
    }
}
