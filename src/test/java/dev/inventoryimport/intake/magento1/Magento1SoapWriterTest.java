package dev.inventoryimport.intake.magento1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inventoryimport.intake.soap.SoapVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class Magento1SoapWriterTest {

    private static final String MAGENTO = "urn:Magento";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Node parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    /** The only element child of {@code parent}. */
    private static Element child(Node parent) {
        List<Element> found = children(parent);
        assertEquals(1, found.size(), "child elements of " + parent.getNodeName());
        return found.get(0);
    }

    /** Parses a reply, checks its envelope, and returns the single element in its Body. */
    private static Element bodyContent(byte[] xml, SoapVersion v) throws Exception {
        assertTrue(new String(xml, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        Element envelope = parse(xml).getDocumentElement();
        assertEquals(v.envelopeNamespace(), envelope.getNamespaceURI());
        assertEquals("Envelope", envelope.getLocalName());
        Element body = child(envelope);
        assertEquals(v.envelopeNamespace(), body.getNamespaceURI());
        assertEquals("Body", body.getLocalName());
        return child(body);
    }

    /** Checks {@code response} is {@code urn:Magento}'s {@code name} and returns its single, unqualified child. */
    private static Element result(Element response, String name, String childName, String text) {
        assertEquals(MAGENTO, response.getNamespaceURI());
        assertEquals(name, response.getLocalName());
        Element result = child(response);
        assertNull(result.getNamespaceURI());
        assertEquals(childName, result.getLocalName());
        assertEquals(text, result.getTextContent());
        return result;
    }

    /** An {@code xsi:type} value resolved to {namespace}local against the element's declarations. */
    private static String xsiType(Element e) {
        String type = e.getAttributeNS(XSI, "type");
        String[] parts = type.split(":", 2);
        return "{" + e.lookupNamespaceURI(parts[0]) + "}" + parts[1];
    }

    @Test
    void rpcAnswersAreTypedResponsesInBothVersions() throws Exception {
        for (SoapVersion v : SoapVersion.values()) {
            Element login = bodyContent(Magento1SoapWriter.loginAnswer(v, Magento1Style.RPC_ENCODED, "sid42"), v);
            Element update = bodyContent(Magento1SoapWriter.multiUpdateAnswer(v, Magento1Style.RPC_ENCODED,
                    "Success - Message 4 Received"), v);
            Element end = bodyContent(Magento1SoapWriter.endSessionAnswer(v, Magento1Style.RPC_ENCODED), v);

            assertEquals("{http://www.w3.org/2001/XMLSchema}string", xsiType(result(login, "loginResponse", "loginReturn", "sid42")));
            assertEquals("{http://www.w3.org/2001/XMLSchema}string", xsiType(result(update,
                    "orderflowInventoryMultiUpdateResponse", "result", "Success - Message 4 Received")));
            assertEquals("{http://www.w3.org/2001/XMLSchema}boolean",
                    xsiType(result(end, "endSessionResponse", "endSessionReturn", "true")));
        }
    }

    @Test
    void rpcAnswersDeclareTheEncodingWhereEachVersionAllowsIt() throws Exception {
        Element soap11 = bodyContent(Magento1SoapWriter.loginAnswer(SoapVersion.SOAP_1_1, Magento1Style.RPC_ENCODED, "s"),
                SoapVersion.SOAP_1_1);
        Element soap12 = bodyContent(Magento1SoapWriter.loginAnswer(SoapVersion.SOAP_1_2, Magento1Style.RPC_ENCODED, "s"),
                SoapVersion.SOAP_1_2);

        Element envelope11 = soap11.getOwnerDocument().getDocumentElement();
        assertEquals("http://schemas.xmlsoap.org/soap/encoding/",
                envelope11.getAttributeNS(SoapVersion.SOAP_1_1.envelopeNamespace(), "encodingStyle"));
        Element envelope12 = soap12.getOwnerDocument().getDocumentElement();
        assertTrue(!envelope12.hasAttributeNS(SoapVersion.SOAP_1_2.envelopeNamespace(), "encodingStyle"));
        assertEquals("http://www.w3.org/2003/05/soap-encoding",
                soap12.getAttributeNS(SoapVersion.SOAP_1_2.envelopeNamespace(), "encodingStyle"));
    }

    @Test
    void literalAnswersAreResponseParamsInBothVersions() throws Exception {
        for (SoapVersion v : SoapVersion.values()) {
            Element login = bodyContent(Magento1SoapWriter.loginAnswer(v, Magento1Style.DOCUMENT_LITERAL, "sid42"), v);
            Element update = bodyContent(Magento1SoapWriter.multiUpdateAnswer(v, Magento1Style.DOCUMENT_LITERAL, "ok"), v);
            Element end = bodyContent(Magento1SoapWriter.endSessionAnswer(v, Magento1Style.DOCUMENT_LITERAL), v);

            assertTrue(!result(login, "loginResponseParam", "result", "sid42").hasAttributeNS(XSI, "type"));
            result(update, "orderflowInventoryMultiUpdateResponseParam", "result", "ok");
            result(end, "endSessionResponseParam", "result", "true");
        }
    }

    @Test
    void soap11FaultsCarryMagentosCodeAsFaultcode() throws Exception {
        Element denied = bodyContent(Magento1SoapWriter.fault(SoapVersion.SOAP_1_1, "2", "Access denied."), SoapVersion.SOAP_1_1);
        Element expired = bodyContent(Magento1SoapWriter.fault(SoapVersion.SOAP_1_1, "5", "Session expired. Try to relogin."),
                SoapVersion.SOAP_1_1);

        assertEquals("Fault", denied.getLocalName());
        assertEquals(SoapVersion.SOAP_1_1.envelopeNamespace(), denied.getNamespaceURI());
        assertEquals(List.of("faultcode", "faultstring"), children(denied).stream().map(Element::getLocalName).toList());
        assertEquals("2", children(denied).get(0).getTextContent());
        assertEquals("Access denied.", children(denied).get(1).getTextContent());
        assertEquals("5", children(expired).get(0).getTextContent());
        assertEquals("Session expired. Try to relogin.", children(expired).get(1).getTextContent());
    }

    @Test
    void soap12FaultsAreSenderFaultsWithMagentosCodeInTheDetail() throws Exception {
        String env = SoapVersion.SOAP_1_2.envelopeNamespace();
        Element fault = bodyContent(Magento1SoapWriter.fault(SoapVersion.SOAP_1_2, "5", "Session expired. Try to relogin."),
                SoapVersion.SOAP_1_2);

        List<Element> parts = children(fault);
        assertEquals(List.of("Code", "Reason", "Detail"), parts.stream().map(Element::getLocalName).toList());
        Element value = child(parts.get(0));
        assertEquals("Value", value.getLocalName());
        String[] qname = value.getTextContent().split(":");
        assertEquals(env, value.lookupNamespaceURI(qname[0]));
        assertEquals("Sender", qname[1]);
        assertEquals("Session expired. Try to relogin.", child(parts.get(1)).getTextContent());
        Element code = child(parts.get(2));
        assertEquals(MAGENTO, code.getNamespaceURI());
        assertEquals("code", code.getLocalName());
        assertEquals("5", code.getTextContent());
    }

    @Test
    void soapCodesAreQualifiedAsPhpDoes() throws Exception {
        Element soap11 = bodyContent(Magento1SoapWriter.fault(SoapVersion.SOAP_1_1, "Client", "bad"), SoapVersion.SOAP_1_1);
        Element soap12 = bodyContent(Magento1SoapWriter.fault(SoapVersion.SOAP_1_2, "Server", "oops"), SoapVersion.SOAP_1_2);

        Element faultcode = children(soap11).get(0);
        String[] qname = faultcode.getTextContent().split(":");
        assertEquals(SoapVersion.SOAP_1_1.envelopeNamespace(), faultcode.lookupNamespaceURI(qname[0]));
        assertEquals("Client", qname[1]);
        assertEquals(2, children(soap12).size(), "no Detail for a plain SOAP code");
        assertTrue(child(children(soap12).get(0)).getTextContent().endsWith(":Receiver"));
    }

    @Test
    void escapesEveryText() throws Exception {
        String nasty = "a<b & c]]></x>\"'";
        for (SoapVersion v : SoapVersion.values()) {
            for (Magento1Style s : Magento1Style.values()) {
                assertEquals(nasty, child(bodyContent(Magento1SoapWriter.loginAnswer(v, s, nasty), v)).getTextContent());
                assertEquals(nasty, child(bodyContent(Magento1SoapWriter.multiUpdateAnswer(v, s, nasty), v)).getTextContent());
            }
        }
        Element soap11 = bodyContent(Magento1SoapWriter.fault(SoapVersion.SOAP_1_1, "<&", nasty), SoapVersion.SOAP_1_1);
        assertEquals("<&", children(soap11).get(0).getTextContent());
        assertEquals(nasty, children(soap11).get(1).getTextContent());
        Element soap12 = bodyContent(Magento1SoapWriter.fault(SoapVersion.SOAP_1_2, "<&", nasty), SoapVersion.SOAP_1_2);
        assertEquals(nasty, children(soap12).get(1).getTextContent());
        assertEquals("<&", children(soap12).get(2).getTextContent());
    }

    @Test
    void wsdlParsesAndDescribesTheThreeOperations() throws Exception {
        byte[] wsdl;
        try (InputStream in = Magento1SoapWriter.class.getResourceAsStream("magento1-api.wsdl")) {
            assertNotNull(in, "magento1-api.wsdl is on the classpath next to the writer");
            wsdl = in.readAllBytes();
        }
        Document doc = parse(wsdl);

        Element definitions = doc.getDocumentElement();
        assertEquals(WSDL, definitions.getNamespaceURI());
        assertEquals(MAGENTO, definitions.getAttribute("targetNamespace"));
        Element portType = (Element) doc.getElementsByTagNameNS(WSDL, "portType").item(0);
        assertEquals(List.of("login", "orderflowInventoryMultiUpdate", "endSession"),
                children(portType).stream().map(e -> e.getAttribute("name")).toList());
        Element binding = (Element) doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "binding").item(0);
        assertEquals("rpc", binding.getAttribute("style"));
        NodeList bodies = doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "body");
        assertEquals(6, bodies.getLength());
        for (int i = 0; i < bodies.getLength(); i++) {
            assertEquals("encoded", ((Element) bodies.item(i)).getAttribute("use"));
            assertEquals(MAGENTO, ((Element) bodies.item(i)).getAttribute("namespace"));
        }
        List<String> types = new ArrayList<>();
        NodeList complexTypes = doc.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "complexType");
        for (int i = 0; i < complexTypes.getLength(); i++) {
            types.add(((Element) complexTypes.item(i)).getAttribute("name"));
        }
        assertEquals(List.of("skuQty", "skuQtyArray", "skuSeq", "skuSeqArray"), types);
        Element address = (Element) doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "address").item(0);
        assertEquals("@ADDRESS@", address.getAttribute("location"));
    }
}
