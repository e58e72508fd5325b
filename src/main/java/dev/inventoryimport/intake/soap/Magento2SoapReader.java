package dev.inventoryimport.intake.soap;

import dev.inventoryimport.intake.LineAssembler;
import dev.inventoryimport.intake.PushRejected;

import javax.xml.stream.XMLStreamException;

/**
 * Reads OrderFlow's Magento 2 SOAP inventory push
 * ({@code realtimeDespatchOrderFlowInventoryRequestManagementV1.update}, document/literal).
 *
 * <p>Only the Magento 2 shape lives here. Parsing, hardening, limits and the envelope walk are
 * {@link SecureXml}'s, so this reader and the Magento 1 one cannot drift apart on safety; lines are
 * formed by {@link LineAssembler}, shared with the REST reader. The target namespace is the
 * store's endpoint URL, so elements are matched by local name only.
 */
public final class Magento2SoapReader {

    /** Local name of the request's body element. */
    public static final String OPERATION = "realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest";

    private final XmlCursor cursor;
    private final SoapVersion version;
    private final LineAssembler lines = new LineAssembler();
    /** Namespace of the body element, echoed by the reply; "" when it has none. */
    private String operationNamespace;

    private Magento2SoapReader(XmlCursor cursor, SoapVersion version) {
        this.cursor = cursor;
        this.version = version;
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
        // Lines are built only once the whole document has proved well-formed, so a broken
        // document is reported as such rather than as a bad message id or too many lines.
        Magento2SoapReader reader = SecureXml.readSoap(body,
                (cursor, version) -> new Magento2SoapReader(cursor, version).body());
        return new SoapPush(reader.version, reader.operationNamespace, reader.lines.build(maxLines));
    }

    private Magento2SoapReader body() throws XMLStreamException, PushRejected {
        if (!cursor.nextChild()) {
            throw PushRejected.invalid("SOAP Body is empty, expected " + OPERATION);
        }
        if (!cursor.isNamed(OPERATION)) {
            throw PushRejected.invalid("wrong operation: expected " + OPERATION + " but found " + cursor.element());
        }
        operationNamespace = cursor.namespaceURI() == null ? "" : cursor.namespaceURI();
        operation();
        if (cursor.nextChild()) {
            throw PushRejected.invalid("SOAP Body has more than one element: found " + cursor.element()
                    + " after " + OPERATION);
        }
        return this;
    }

    private void operation() throws XMLStreamException, PushRejected {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "productQtys" -> items(this::quantityItem);
                case "productSeqs" -> items(this::sequenceItem);
                case "messageSeqId" -> lines.messageSeqId(cursor.value());
                default -> cursor.skip(); // unknown fields are tolerated so the contract can grow
            }
        }
    }

    private interface ItemReader {
        void read() throws XMLStreamException, PushRejected;
    }

    private void items(ItemReader reader) throws XMLStreamException, PushRejected {
        while (cursor.nextChild()) {
            if (cursor.isNamed("item")) {
                reader.read();
            } else {
                cursor.skip();
            }
        }
    }

    private void quantityItem() throws XMLStreamException, PushRejected {
        String sku = null;
        String qty = null;
        String source = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "sku" -> sku = cursor.value();
                case "qty" -> qty = cursor.value();
                case "source" -> source = cursor.value();
                default -> cursor.skip();
            }
        }
        lines.quantity(source, sku, qty);
    }

    private void sequenceItem() throws XMLStreamException, PushRejected {
        String sku = null;
        String seq = null;
        String lastOrderExported = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "sku" -> sku = cursor.value();
                case "seq" -> seq = cursor.value();
                case "lastOrderExported" -> lastOrderExported = cursor.value();
                default -> cursor.skip();
            }
        }
        lines.sequence(sku, seq, lastOrderExported);
    }
}
