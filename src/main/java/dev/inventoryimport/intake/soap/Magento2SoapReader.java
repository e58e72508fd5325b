package dev.inventoryimport.intake.soap;

import dev.inventoryimport.intake.LineAssembler;
import dev.inventoryimport.intake.PushRejected;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OrderFlow's Magento 2 SOAP inventory push
 * ({@code realtimeDespatchOrderFlowInventoryRequestManagementV1.update}, document/literal).
 *
 * <p>The target namespace is the store's endpoint URL, so elements are matched by local name only.
 * The body comes from the network: it is streamed (never a DOM), DTDs are refused outright, and
 * nesting depth and attribute counts are capped so hostile input costs little.
 */
public final class Magento2SoapReader {

    /** Local name of the request's body element. */
    public static final String OPERATION = "realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest";

    static final int MAX_DEPTH = 32;
    static final int MAX_ATTRIBUTES = 64;

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final XMLStreamReader xml;
    private final LineAssembler lines = new LineAssembler();
    /** Depth of the element the cursor is in; the envelope is 1. */
    private int depth;

    private Magento2SoapReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * Parses a SOAP request body.
     *
     * @param body     the raw request bytes; the encoding is taken from the XML declaration (UTF-8 by default)
     * @param maxLines the most lines a message may form
     * @throws PushRejected (always {@code INVALID}) for anything that is not a well-formed, DTD-free
     *                      Update request with a valid message id and at most {@code maxLines} lines
     */
    public static SoapPush read(byte[] body, int maxLines) throws PushRejected {
        if (body == null || body.length == 0) {
            throw PushRejected.invalid("empty body");
        }
        XMLStreamReader xml = null;
        try {
            xml = newFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            return new Magento2SoapReader(xml).envelope(maxLines);
        } catch (XMLStreamException e) {
            throw PushRejected.invalid("malformed XML" + where(e.getLocation()) + ": " + parserMessage(e));
        } catch (RuntimeException e) {
            // The JDK parser signals some input errors unchecked; input must never escape as a 500.
            throw PushRejected.invalid("malformed XML: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own implementation, not whatever StAX provider the classpath (jaxws) brings:
        // the safety settings below are only proven against this one. A fresh factory per call
        // because factories are not guaranteed thread-safe.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private SoapPush envelope(int maxLines) throws XMLStreamException, PushRejected {
        root();
        SoapVersion version = SoapVersion.fromNamespace(xml.getNamespaceURI())
                .filter(v -> "Envelope".equals(xml.getLocalName()))
                .orElseThrow(() -> PushRejected.invalid("not a SOAP envelope: the root element is " + element()));
        String operationNamespace = null;
        while (nextChild()) {
            if (isNamed("Body")) {
                if (operationNamespace != null) {
                    throw PushRejected.invalid("SOAP Envelope has more than one Body" + where(xml.getLocation()));
                }
                operationNamespace = body();
            } else {
                skip(); // Header (never acted upon) and any extension elements
            }
        }
        if (operationNamespace == null) {
            throw PushRejected.invalid("SOAP Envelope has no Body");
        }
        // Read to the end so a truncated or trailing-garbage document is still refused.
        while (xml.hasNext()) {
            xml.next();
        }
        return new SoapPush(version, operationNamespace, lines.build(maxLines));
    }

    /** Moves to the root element, refusing a DOCTYPE before the parser can act on it. */
    private void root() throws XMLStreamException, PushRejected {
        while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.DTD) {
                throw PushRejected.invalid("DOCTYPE is not allowed");
            }
            xml.next();
        }
        enter();
    }

    /** Reads the Body and returns the operation namespace ("" if none). */
    private String body() throws XMLStreamException, PushRejected {
        if (!nextChild()) {
            throw PushRejected.invalid("SOAP Body is empty, expected " + OPERATION);
        }
        if (!isNamed(OPERATION)) {
            throw PushRejected.invalid("wrong operation: expected " + OPERATION + " but found " + element());
        }
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        operation();
        if (nextChild()) {
            throw PushRejected.invalid("SOAP Body has more than one element: found " + element() + " after " + OPERATION);
        }
        return namespace;
    }

    private void operation() throws XMLStreamException, PushRejected {
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "productQtys" -> items(this::quantityItem);
                case "productSeqs" -> items(this::sequenceItem);
                case "messageSeqId" -> lines.messageSeqId(value());
                default -> skip(); // unknown fields are tolerated so the contract can grow
            }
        }
    }

    private interface ItemReader {
        void read() throws XMLStreamException, PushRejected;
    }

    private void items(ItemReader reader) throws XMLStreamException, PushRejected {
        while (nextChild()) {
            if (isNamed("item")) {
                reader.read();
            } else {
                skip();
            }
        }
    }

    private void quantityItem() throws XMLStreamException, PushRejected {
        String sku = null;
        String qty = null;
        String source = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "sku" -> sku = value();
                case "qty" -> qty = value();
                case "source" -> source = value();
                default -> skip();
            }
        }
        lines.quantity(source, sku, qty);
    }

    private void sequenceItem() throws XMLStreamException, PushRejected {
        String sku = null;
        String seq = null;
        String lastOrderExported = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "sku" -> sku = value();
                case "seq" -> seq = value();
                case "lastOrderExported" -> lastOrderExported = value();
                default -> skip();
            }
        }
        lines.sequence(sku, seq, lastOrderExported);
    }

    // --- cursor: the only methods that move the parser, so depth and limits are always counted ---

    /**
     * Advances to the next child element of the current element ({@code true}) or past the current
     * element's end tag ({@code false}). Text and comments between elements are ignored.
     */
    private boolean nextChild() throws XMLStreamException, PushRejected {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return false;
            }
        }
    }

    /** The text of the current element, {@code null} if it is {@code xsi:nil}; ends past its end tag. */
    private String value() throws XMLStreamException, PushRejected {
        String nilAttribute = xml.getAttributeValue(XSI, "nil");
        boolean nil = "true".equals(nilAttribute) || "1".equals(nilAttribute);
        String name = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> throw PushRejected.invalid(
                        "element " + abbreviate(name) + " must contain only text" + where(xml.getLocation()));
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    return nil ? null : text.toString();
                }
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
    }

    /** Skips the current element and everything in it, still enforcing the limits. */
    private void skip() throws XMLStreamException, PushRejected {
        int target = depth - 1;
        while (depth > target) {
            nextChild();
        }
    }

    private void enter() throws PushRejected {
        depth++;
        if (depth > MAX_DEPTH) {
            throw PushRejected.invalid("XML is nested deeper than " + MAX_DEPTH + " elements" + where(xml.getLocation()));
        }
        // Namespace declarations are attributes too as far as parsing cost goes.
        int attributes = xml.getAttributeCount() + xml.getNamespaceCount();
        if (attributes > MAX_ATTRIBUTES) {
            throw PushRejected.invalid("element " + element() + " has " + attributes
                    + " attributes, more than the limit of " + MAX_ATTRIBUTES);
        }
    }

    private boolean isNamed(String localName) {
        return localName.equals(xml.getLocalName());
    }

    /** The current element as {@code {namespace}local}, for messages. */
    private String element() {
        String ns = xml.getNamespaceURI();
        String name = ns == null || ns.isEmpty() ? xml.getLocalName() : "{" + ns + "}" + xml.getLocalName();
        return abbreviate(name);
    }

    private static String where(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The JDK prefixes its own location to the message; ours is added uniformly instead. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
    }

    /** Names and values come from the sender; a bounded excerpt is enough to find the problem. */
    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException | RuntimeException e) {
            // nothing was held open but the in-memory stream
        }
    }
}
