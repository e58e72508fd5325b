package dev.inventoryimport.intake.soap;

import dev.inventoryimport.intake.PushRejected;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element-by-element walk over a streamed document, made only by {@link SecureXml}. It is the
 * only thing that moves the parser, so the depth and attribute limits are counted on every
 * element, including those skipped unread, and hostile nesting costs no stack.
 *
 * <p>Readers use it in recursive-descent style: {@link #nextChild()} until it says {@code false},
 * {@link #value()} for a text element, {@link #skip()} for anything not needed.
 */
public final class XmlCursor {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final XMLStreamReader xml;
    /** Depth of the element the cursor is in; the root is 1. */
    private int depth;

    XmlCursor(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** Moves to the root element, refusing a DOCTYPE before the parser can act on it. */
    public void root() throws XMLStreamException, PushRejected {
        while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.DTD) {
                throw PushRejected.invalid("DOCTYPE is not allowed");
            }
            xml.next();
        }
        enter();
    }

    /**
     * Advances to the next child element of the current element ({@code true}) or past the current
     * element's end tag ({@code false}). Text and comments between elements are ignored.
     */
    public boolean nextChild() throws XMLStreamException, PushRejected {
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
    public String value() throws XMLStreamException, PushRejected {
        boolean nil = isNil();
        String name = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> throw PushRejected.invalid(
                        "element " + SecureXml.abbreviate(name) + " must contain only text" + location());
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

    /** Whether the current element carries {@code xsi:nil="true"} (or {@code "1"}). */
    public boolean isNil() {
        String nil = xml.getAttributeValue(XSI, "nil");
        return "true".equals(nil) || "1".equals(nil);
    }

    /** Skips the current element and everything in it, still enforcing the limits. */
    public void skip() throws XMLStreamException, PushRejected {
        int target = depth - 1;
        while (depth > target) {
            nextChild();
        }
    }

    /** Reads to the end of the document, so truncation or trailing garbage is still refused. */
    public void drain() throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    public boolean isNamed(String localName) {
        return localName.equals(xml.getLocalName());
    }

    /** Local name of the current element. */
    public String localName() {
        return xml.getLocalName();
    }

    /** Namespace URI of the current element, {@code null} or empty when it has none. */
    public String namespaceURI() {
        return xml.getNamespaceURI();
    }

    /** An attribute of the current element; {@code namespaceURI} {@code null} matches any namespace. */
    public String attribute(String namespaceURI, String localName) {
        return xml.getAttributeValue(namespaceURI, localName);
    }

    /** The current element as {@code {namespace}local}, abbreviated, for messages. */
    public String element() {
        String ns = xml.getNamespaceURI();
        String name = ns == null || ns.isEmpty() ? xml.getLocalName() : "{" + ns + "}" + xml.getLocalName();
        return SecureXml.abbreviate(name);
    }

    /** {@code " at line L, column C"} for the current position, or {@code ""} if unknown. */
    public String location() {
        return SecureXml.where(xml.getLocation());
    }

    private void enter() throws PushRejected {
        depth++;
        if (depth > SecureXml.MAX_DEPTH) {
            throw PushRejected.invalid("XML is nested deeper than " + SecureXml.MAX_DEPTH + " elements" + location());
        }
        // Namespace declarations are attributes too as far as parsing cost goes.
        int attributes = xml.getAttributeCount() + xml.getNamespaceCount();
        if (attributes > SecureXml.MAX_ATTRIBUTES) {
            throw PushRejected.invalid("element " + element() + " has " + attributes
                    + " attributes, more than the limit of " + SecureXml.MAX_ATTRIBUTES);
        }
    }
}
