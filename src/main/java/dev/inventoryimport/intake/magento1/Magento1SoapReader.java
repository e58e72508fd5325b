package dev.inventoryimport.intake.magento1;

import dev.inventoryimport.intake.LineAssembler;
import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.intake.soap.SecureXml;
import dev.inventoryimport.intake.soap.SoapVersion;
import dev.inventoryimport.intake.soap.XmlCursor;

import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * Reads OrderFlow's calls to the Magento 1 SOAP v2 API ({@code urn:Magento}): {@code login},
 * {@code orderflowInventoryMultiUpdate} and {@code endSession}, in either encoding Magento 1
 * serves (rpc/encoded by default, document/literal in WS-I compliance mode), SOAP 1.1 or 1.2.
 *
 * <p>Parsing goes through {@link SecureXml}, so the hardening and limits are exactly those of the
 * Magento 2 reader; lines are formed by {@link LineAssembler}, so the two contracts join quantities
 * and sequence ids identically. Elements are matched by local name, prefixed or not, and
 * {@code xsi:type}/{@code encodingStyle} are neither required nor checked. Multi-reference
 * encoding ({@code href}, SOAP 1.2 {@code enc:ref}) is refused rather than resolved: OrderFlow
 * sends values inline, and following references would be a second, unbounded parser to harden.
 */
public final class Magento1SoapReader {

    public static final String LOGIN = "login";
    public static final String MULTI_UPDATE = "orderflowInventoryMultiUpdate";
    public static final String END_SESSION = "endSession";

    private static final Set<String> OPERATIONS = Set.of(LOGIN, MULTI_UPDATE, END_SESSION);
    private static final String SOAP12_ENCODING = "http://www.w3.org/2003/05/soap-encoding";

    private final XmlCursor cursor;
    private final SoapVersion version;
    private final LineAssembler lines = new LineAssembler();
    private Magento1Style style;
    private String operation;
    private String username;
    private String apiKey;
    private String sessionId;

    private Magento1SoapReader(XmlCursor cursor, SoapVersion version) {
        this.cursor = cursor;
        this.version = version;
    }

    /**
     * Parses a SOAP request body.
     *
     * @param body     the raw request bytes; the encoding is taken from the XML declaration (UTF-8 by default)
     * @param maxLines the most lines an update may form
     * @throws PushRejected (always {@code INVALID}) for anything that is not a well-formed, DTD-free
     *                      envelope holding one of the three calls with its required values; for an
     *                      update also a bad message id or more than {@code maxLines} lines
     */
    public static Magento1Request read(byte[] body, int maxLines) throws PushRejected {
        // Values are only judged once the whole document has proved well-formed, as for Magento 2.
        Magento1SoapReader reader = SecureXml.readSoap(body,
                (cursor, version) -> new Magento1SoapReader(cursor, version).body());
        return reader.request(maxLines);
    }

    private Magento1SoapReader body() throws XMLStreamException, PushRejected {
        if (!nextChild()) {
            throw PushRejected.invalid("SOAP Body is empty, expected one of " + LOGIN + ", " + MULTI_UPDATE + ", " + END_SESSION);
        }
        String name = cursor.localName();
        operation(name);
        switch (operation) {
            case LOGIN -> loginFields();
            case END_SESSION -> endSessionFields();
            default -> multiUpdateFields();
        }
        if (nextChild()) {
            throw PushRejected.invalid("SOAP Body has more than one element: found " + cursor.element()
                    + " after " + SecureXml.abbreviate(name));
        }
        return this;
    }

    /** Decides operation and style from the body element's name: a {@code ...Param} element is literal. */
    private void operation(String name) throws PushRejected {
        String base = name;
        style = Magento1Style.RPC_ENCODED;
        for (String suffix : new String[] {"RequestParam", "Param"}) {
            if (name.endsWith(suffix)) {
                base = name.substring(0, name.length() - suffix.length());
                style = Magento1Style.DOCUMENT_LITERAL;
                break;
            }
        }
        if (!OPERATIONS.contains(base)) {
            throw PushRejected.invalid("Unknown operation " + SecureXml.abbreviate(name));
        }
        operation = base;
    }

    private void loginFields() throws XMLStreamException, PushRejected {
        while (nextChild()) {
            switch (cursor.localName()) {
                case "username" -> username = once("username", username);
                case "apiKey" -> apiKey = once("apiKey", apiKey);
                default -> cursor.skip(); // unknown fields are tolerated, as Magento's PHP does
            }
        }
    }

    private void endSessionFields() throws XMLStreamException, PushRejected {
        while (nextChild()) {
            if (cursor.isNamed("sessionId")) {
                sessionId = once("sessionId", sessionId);
            } else {
                cursor.skip();
            }
        }
    }

    private void multiUpdateFields() throws XMLStreamException, PushRejected {
        while (nextChild()) {
            switch (cursor.localName()) {
                case "sessionId" -> sessionId = once("sessionId", sessionId);
                case "skusQty" -> items(this::quantityItem);
                case "skusSeqId" -> items(this::sequenceItem);
                case "messageSeqId" -> lines.messageSeqId(cursor.value());
                default -> cursor.skip();
            }
        }
    }

    private interface ItemReader {
        void read() throws XMLStreamException, PushRejected;
    }

    /** An array: {@code item} children in rpc/encoded, {@code complexObjectArray} in WS-I; either is accepted. */
    private void items(ItemReader reader) throws XMLStreamException, PushRejected {
        while (nextChild()) {
            if (cursor.isNamed("item") || cursor.isNamed("complexObjectArray")) {
                reader.read();
            } else {
                cursor.skip();
            }
        }
    }

    private void quantityItem() throws XMLStreamException, PushRejected {
        String sku = null;
        String qty = null;
        while (nextChild()) {
            switch (cursor.localName()) {
                case "key" -> sku = cursor.value();
                case "value" -> qty = cursor.value();
                default -> cursor.skip();
            }
        }
        // Magento 1 has no inventory sources: every line is for the default source.
        lines.quantity(null, sku, qty);
    }

    private void sequenceItem() throws XMLStreamException, PushRejected {
        String sku = null;
        String seq = null;
        String lastOrderExported = null;
        while (nextChild()) {
            switch (cursor.localName()) {
                case "key" -> sku = cursor.value();
                case "value" -> seq = cursor.value();
                case "lastOrderExported" -> lastOrderExported = cursor.value();
                default -> cursor.skip();
            }
        }
        lines.sequence(sku, seq, lastOrderExported);
    }

    /** A single-valued field: a second occurrence would make the call ambiguous. */
    private String once(String field, String previous) throws XMLStreamException, PushRejected {
        if (previous != null) {
            throw PushRejected.invalid(field + " appears more than once");
        }
        String value = cursor.value();
        // "" rather than null marks "seen" even when the value was nil; required() treats both as missing.
        return value == null ? "" : value;
    }

    /** {@link XmlCursor#nextChild()} that also refuses multi-reference encoding on every element read. */
    private boolean nextChild() throws XMLStreamException, PushRejected {
        if (!cursor.nextChild()) {
            return false;
        }
        boolean reference = cursor.attribute(null, "href") != null
                || version == SoapVersion.SOAP_1_2 && cursor.attribute(SOAP12_ENCODING, "ref") != null;
        if (reference) {
            throw PushRejected.invalid("element " + cursor.element() + " refers to another element (href)"
                    + cursor.location() + ": multi-reference encoding is not supported, send values inline");
        }
        return true;
    }

    private Magento1Request request(int maxLines) throws PushRejected {
        Magento1Call call = switch (operation) {
            case LOGIN -> new Magento1Call.Login(required("username", username), required("apiKey", apiKey));
            case END_SESSION -> new Magento1Call.EndSession(required("sessionId", sessionId));
            default -> new Magento1Call.MultiUpdate(required("sessionId", sessionId), lines.build(maxLines));
        };
        return new Magento1Request(version, style, call);
    }

    /** Absent, nil, empty and blank are all "missing": none can name a user, key or session. */
    private static String required(String field, String value) throws PushRejected {
        if (value == null || value.isBlank()) {
            throw PushRejected.invalid(field + " is missing");
        }
        return value;
    }
}
