package dev.inventoryimport.intake.soap;

import dev.inventoryimport.intake.PushRejected;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one hardened way to read a request body as XML, shared by every SOAP contract (Magento 2,
 * Magento 1) so the safety settings and limits cannot drift apart between readers.
 *
 * <p>The body comes from the network: it is streamed through the JDK's own StAX parser with DTDs
 * and external entities switched off, a DOCTYPE is refused before the parser can act on it, and
 * the {@link XmlCursor} handed to the caller caps nesting depth and attribute counts. Every parser
 * failure, checked or not, becomes {@link PushRejected#invalid} naming the problem and its place.
 */
public final class SecureXml {

    /** Deepest element nesting accepted; the root element is depth 1. */
    public static final int MAX_DEPTH = 32;
    /** Most attributes (namespace declarations included) one element may carry. */
    public static final int MAX_ATTRIBUTES = 64;

    /** Reads a whole document from a cursor positioned before its first event. */
    @FunctionalInterface
    public interface DocumentReader<T> {
        T read(XmlCursor cursor) throws XMLStreamException, PushRejected;
    }

    /**
     * Reads the content of a SOAP {@code Body}: called with the cursor on the Body start tag, it
     * must return with the cursor past the Body end tag.
     */
    @FunctionalInterface
    public interface SoapBodyReader<T> {
        T read(XmlCursor cursor, SoapVersion version) throws XMLStreamException, PushRejected;
    }

    private SecureXml() {
    }

    /**
     * Parses {@code body} with the hardened parser and hands it to {@code reader}.
     *
     * @param body the raw bytes; the encoding is taken from the XML declaration (UTF-8 by default)
     * @throws PushRejected ({@code INVALID}) for an empty body, malformed XML (truncated, invalid
     *                      for its encoding, trailing garbage if the reader reads to the end), a
     *                      DOCTYPE, a limit exceeded, or whatever {@code reader} refuses
     */
    public static <T> T read(byte[] body, DocumentReader<T> reader) throws PushRejected {
        if (body == null || body.length == 0) {
            throw PushRejected.invalid("empty body");
        }
        XMLStreamReader xml = null;
        try {
            xml = newInputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            return reader.read(new XmlCursor(xml));
        } catch (XMLStreamException e) {
            throw PushRejected.invalid("malformed XML" + where(e.getLocation()) + ": " + parserMessage(e));
        } catch (RuntimeException e) {
            // The JDK parser signals some input errors unchecked; input must never escape as a 500.
            throw PushRejected.invalid("malformed XML: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } finally {
            close(xml);
        }
    }

    /**
     * Parses a whole SOAP 1.1 or 1.2 envelope: the root must be an {@code Envelope} in a known
     * version's namespace, {@code Header} and extension elements are skipped unread, there must be
     * exactly one {@code Body}, whose content {@code bodyReader} reads. The document is then read
     * to its end, so a truncated or trailing-garbage document is refused even after a good Body.
     */
    public static <T> T readSoap(byte[] body, SoapBodyReader<T> bodyReader) throws PushRejected {
        return read(body, cursor -> envelope(cursor, bodyReader));
    }

    private static <T> T envelope(XmlCursor cursor, SoapBodyReader<T> bodyReader) throws XMLStreamException, PushRejected {
        cursor.root();
        SoapVersion version = SoapVersion.fromNamespace(cursor.namespaceURI())
                .filter(v -> cursor.isNamed("Envelope"))
                .orElseThrow(() -> PushRejected.invalid("not a SOAP envelope: the root element is " + cursor.element()));
        boolean bodySeen = false;
        T result = null;
        while (cursor.nextChild()) {
            if (cursor.isNamed("Body")) {
                if (bodySeen) {
                    throw PushRejected.invalid("SOAP Envelope has more than one Body" + cursor.location());
                }
                bodySeen = true;
                result = bodyReader.read(cursor, version);
            } else {
                cursor.skip(); // Header (never acted upon) and any extension elements
            }
        }
        if (!bodySeen) {
            throw PushRejected.invalid("SOAP Envelope has no Body");
        }
        cursor.drain();
        return result;
    }

    /**
     * A fresh hardened factory. The JDK's own implementation, not whatever StAX provider the
     * classpath (jaxws) brings: the safety settings are only proven against this one. Fresh per
     * call because factories are not guaranteed thread-safe.
     */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** Names and values come from the sender; a bounded excerpt is enough to find the problem. */
    public static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    /**
     * {@code text} made safe as element content, for replies that echo what the sender sent.
     * The same escaping as {@link SoapWriter}, offered to writers outside this package.
     */
    public static String escapeText(String text) {
        return SoapWriter.escapeText(text);
    }

    /** {@code text} made safe inside a double-quoted attribute value. */
    public static String escapeAttribute(String text) {
        return SoapWriter.escapeAttribute(text);
    }

    static String where(Location location) {
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
