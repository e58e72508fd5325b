package dev.inventoryimport.intake.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SoapWriterTest {

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final String NS = "http://store.example/soap/default?services=a&b=\"c\"";
    private static final String RESPONSE = "realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateResponse";

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The only element child of {@code parent}. */
    private static Element child(Node parent) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertNull(found, "more than one child element in " + parent.getNodeName());
                found = e;
            }
        }
        assertTrue(found != null, "no child element in " + parent.getNodeName());
        return found;
    }

    private static Element body(Document doc, String envelopeNs) {
        Element envelope = doc.getDocumentElement();
        assertEquals(envelopeNs, envelope.getNamespaceURI());
        assertEquals("Envelope", envelope.getLocalName());
        Element body = child(envelope);
        assertEquals(envelopeNs, body.getNamespaceURI());
        assertEquals("Body", body.getLocalName());
        return body;
    }

    @Test
    void answerIsAnUpdateResponseInTheRequestNamespace() throws Exception {
        byte[] xml = SoapWriter.answer(SoapVersion.SOAP_1_1, NS, "Success - Message 71 Received");

        assertTrue(new String(xml, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        Element response = child(body(parse(xml), SOAP11));
        assertEquals(NS, response.getNamespaceURI());
        assertEquals(RESPONSE, response.getLocalName());
        Element result = child(response);
        assertNull(result.getNamespaceURI());
        assertEquals("result", result.getLocalName());
        assertEquals("Success - Message 71 Received", result.getTextContent());
    }

    @Test
    void answerUsesTheSoap12Envelope() throws Exception {
        Element response = child(body(parse(SoapWriter.answer(SoapVersion.SOAP_1_2, "urn:x", "ok")), SOAP12));

        assertEquals("urn:x", response.getNamespaceURI());
        assertEquals("ok", child(response).getTextContent());
    }

    @Test
    void answerWithoutNamespaceLeavesTheResponseUnqualified() throws Exception {
        Element response = child(body(parse(SoapWriter.answer(SoapVersion.SOAP_1_1, "", "ok")), SOAP11));

        assertNull(response.getNamespaceURI());
        assertEquals(RESPONSE, response.getLocalName());
        assertNull(child(body(parse(SoapWriter.answer(SoapVersion.SOAP_1_1, null, "ok")), SOAP11)).getNamespaceURI());
    }

    @Test
    void soap11FaultCarriesClientOrServerCode() throws Exception {
        Element fault = child(body(parse(SoapWriter.fault(SoapVersion.SOAP_1_1, true, "bad")), SOAP11));

        assertEquals(SOAP11, fault.getNamespaceURI());
        assertEquals("Fault", fault.getLocalName());
        Element code = (Element) fault.getElementsByTagName("faultcode").item(0);
        assertEquals("SOAP-ENV:Client", code.getTextContent());
        // The QName prefix must resolve to the envelope namespace for clients to understand it.
        assertEquals(SOAP11, code.lookupNamespaceURI("SOAP-ENV"));
        assertEquals("bad", fault.getElementsByTagName("faultstring").item(0).getTextContent());

        Element serverFault = child(body(parse(SoapWriter.fault(SoapVersion.SOAP_1_1, false, "oops")), SOAP11));
        assertEquals("SOAP-ENV:Server", serverFault.getElementsByTagName("faultcode").item(0).getTextContent());
    }

    @Test
    void soap12FaultCarriesSenderOrReceiverCodeAndEnglishReason() throws Exception {
        Element fault = child(body(parse(SoapWriter.fault(SoapVersion.SOAP_1_2, true, "bad")), SOAP12));

        Element value = (Element) fault.getElementsByTagNameNS(SOAP12, "Value").item(0);
        assertEquals("Code", value.getParentNode().getLocalName());
        assertEquals("env:Sender", value.getTextContent());
        assertEquals(SOAP12, value.lookupNamespaceURI("env"));
        Element text = (Element) fault.getElementsByTagNameNS(SOAP12, "Text").item(0);
        assertEquals("Reason", text.getParentNode().getLocalName());
        assertEquals("en", text.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertEquals("bad", text.getTextContent());

        Element receiverFault = child(body(parse(SoapWriter.fault(SoapVersion.SOAP_1_2, false, "oops")), SOAP12));
        assertEquals("env:Receiver", receiverFault.getElementsByTagNameNS(SOAP12, "Value").item(0).getTextContent());
    }

    @Test
    void faultEscapesTheReason() throws Exception {
        String reason = "wrong operation: found <script>&alert(\"x\")</script>";

        for (SoapVersion v : SoapVersion.values()) {
            byte[] xml = SoapWriter.fault(v, true, reason);

            String raw = new String(xml, StandardCharsets.UTF_8);
            assertFalse(raw.contains("<script>"), raw);
            assertTrue(raw.contains("&lt;script&gt;&amp;alert"), raw);
            String parsed = v == SoapVersion.SOAP_1_1
                    ? parse(xml).getElementsByTagName("faultstring").item(0).getTextContent()
                    : parse(xml).getElementsByTagNameNS(SOAP12, "Text").item(0).getTextContent();
            assertEquals(reason, parsed);
        }
    }

    @Test
    void faultReplacesCharactersXmlCannotCarry() throws Exception {
        byte[] xml = SoapWriter.fault(SoapVersion.SOAP_1_1, true, "a\u0000b\uD800c\r\nd\u00e9\uD83D\uDE00");

        assertEquals("a\uFFFDb\uFFFDc\r\nd\u00e9\uD83D\uDE00",
                parse(xml).getElementsByTagName("faultstring").item(0).getTextContent());
    }

    @Test
    void versionComesFromTheContentType() {
        assertEquals(SoapVersion.SOAP_1_2, SoapVersion.fromContentType("Application/SOAP+XML; charset=utf-8; action=\"x\""));
        assertEquals(SoapVersion.SOAP_1_1, SoapVersion.fromContentType("text/xml; charset=utf-8"));
        assertEquals(SoapVersion.SOAP_1_1, SoapVersion.fromContentType(null));
        assertEquals("application/soap+xml; charset=utf-8", SoapVersion.SOAP_1_2.contentType());
        assertEquals("text/xml; charset=utf-8", SoapVersion.SOAP_1_1.contentType());
    }

    @Test
    void versionComesFromTheEnvelopeNamespace() {
        assertEquals(Optional.of(SoapVersion.SOAP_1_1), SoapVersion.fromNamespace(SOAP11));
        assertEquals(Optional.of(SoapVersion.SOAP_1_2), SoapVersion.fromNamespace(SOAP12));
        assertEquals(Optional.empty(), SoapVersion.fromNamespace("urn:other"));
        assertEquals(Optional.empty(), SoapVersion.fromNamespace(null));
    }
}
