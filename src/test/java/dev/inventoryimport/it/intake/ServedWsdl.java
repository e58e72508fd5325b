package dev.inventoryimport.it.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A WSDL as the server serves it, and a check that an answer is what a client built on that WSDL
 * expects: the envelope of a SOAP version the WSDL binds, and every Body entry declared by the
 * WSDL's own {@code <xsd:schema>} elements (validated with {@code javax.xml.validation}, strictly:
 * an element the schema does not declare, a qualified {@code result} where the schema wants it
 * unqualified, a missing child, all fail). Faults are checked against the envelope schemas under
 * {@code src/test/resources/wsdl}.
 */
final class ServedWsdl {

    static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
    private static final String SOAP11_BINDING = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static final String SOAP12_BINDING = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private static final String SOAP11_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12_ENVELOPE = "http://www.w3.org/2003/05/soap-envelope";

    private final String text;
    private final Document document;
    private final Schema schema;
    private final Set<String> envelopes;

    private ServedWsdl(String text) {
        this.text = text;
        this.document = parse(text);
        this.schema = compile(document);
        this.envelopes = boundEnvelopes(document);
    }

    static ServedWsdl of(String wsdlText) {
        return new ServedWsdl(wsdlText);
    }

    String text() {
        return text;
    }

    /** The WSDL's {@code targetNamespace}: for Magento 2, this host's endpoint URL. */
    String targetNamespace() {
        return document.getDocumentElement().getAttribute("targetNamespace");
    }

    /** Fails unless {@code answer} validates against this WSDL (see the class comment). */
    void assertValidAnswer(String answer) {
        Document parsed = parse(answer);
        String envelope = parsed.getDocumentElement().getNamespaceURI();
        assertTrue(envelopes.contains(envelope), "envelope " + envelope + " is bound by the WSDL (" + envelopes + "): " + answer);
        try {
            schema.newValidator().validate(new DOMSource(parsed));
        } catch (SAXException | IOException e) {
            fail("answer does not validate against the served WSDL: " + e.getMessage() + "\n" + answer);
        }
    }

    /** The envelope namespaces of the SOAP versions the WSDL's bindings use. */
    private static Set<String> boundEnvelopes(Document wsdl) {
        boolean soap11 = wsdl.getElementsByTagNameNS(SOAP11_BINDING, "binding").getLength() > 0;
        boolean soap12 = wsdl.getElementsByTagNameNS(SOAP12_BINDING, "binding").getLength() > 0;
        return soap11 && soap12 ? Set.of(SOAP11_ENVELOPE, SOAP12_ENVELOPE)
                : soap12 ? Set.of(SOAP12_ENVELOPE) : Set.of(SOAP11_ENVELOPE);
    }

    /** The envelope schemas and each {@code <xsd:schema>} of the WSDL's types, as one schema. */
    private static Schema compile(Document wsdl) {
        List<Source> sources = new ArrayList<>();
        for (String xsd : List.of("xml-lang.xsd", "soap11-envelope.xsd", "soap12-envelope.xsd")) {
            InputStream in = ServedWsdl.class.getResourceAsStream("/wsdl/" + xsd);
            sources.add(new StreamSource(in, xsd));
        }
        var schemas = wsdl.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema");
        assertTrue(schemas.getLength() > 0, "the WSDL has an <xsd:schema>");
        for (int i = 0; i < schemas.getLength(); i++) {
            sources.add(new DOMSource(standalone((Element) schemas.item(i))));
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            throw new AssertionError("the WSDL's schema does not compile: " + e.getMessage(), e);
        }
    }

    /**
     * A copy of a schema element as a document of its own, carrying the namespace declarations it
     * inherits from {@code wsdl:definitions} (its {@code type="tns:..."} values need them).
     */
    private static Document standalone(Element schema) {
        Document copy = newBuilder().newDocument();
        Element root = (Element) copy.importNode(schema, true);
        copy.appendChild(root);
        for (Node n = schema.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI()) && !root.hasAttributeNS(
                        XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getLocalName())) {
                    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getName(), a.getValue());
                }
            }
        }
        return copy;
    }

    private static Document parse(String xml) {
        try {
            return newBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static javax.xml.parsers.DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
