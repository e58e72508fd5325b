package dev.inventoryimport.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.inventoryimport.requests.InventoryPush;
import dev.inventoryimport.requests.PushLine;

/**
 * Turns the pieces of a Magento 2 push, fed in wire order by either reader (SOAP or REST), into an
 * {@link InventoryPush}. Both contracts send quantities and sequence ids as two separate lists keyed
 * by SKU; this is the one place that joins them, so the two readers cannot drift apart.
 *
 * <p>One line per quantity item, in order, carrying the sequence id of the first sequence item
 * with the same SKU (exact match). Sequence items whose SKU matched no quantity item follow as
 * extra lines without a quantity. Only message-level problems are refused here; odd line values
 * are kept as sent so the importer can report them per line.
 */
public final class LineAssembler {

    /** An optional sign then digits; anything else is "not a number" rather than "out of range". */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private record Quantity(String source, String sku, String quantity) {
    }

    private record Sequence(String sku, String sequenceId, String lastOrderExported) {
    }

    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private boolean messageIdSeen;
    private String messageId;

    /** One {@code productQtys} item; any argument may be {@code null}. */
    public void quantity(String source, String sku, String quantity) {
        // A blank source means the default source; one representation keeps the importer simple.
        String normalisedSource = source == null || source.isBlank() ? null : source;
        quantities.add(new Quantity(normalisedSource, sku, quantity == null ? null : quantity.strip()));
    }

    /** One {@code productSeqs} item; any argument may be {@code null}. */
    public void sequence(String sku, String sequenceId, String lastOrderExported) {
        sequences.add(new Sequence(sku, sequenceId, lastOrderExported));
    }

    /**
     * The raw {@code messageSeqId} text, {@code null} if it was sent empty/nil.
     *
     * @throws PushRejected if a message id was already given: two ids make the message ambiguous
     */
    public void messageSeqId(String raw) throws PushRejected {
        if (messageIdSeen) {
            throw PushRejected.invalid("messageSeqId appears more than once");
        }
        messageIdSeen = true;
        messageId = raw;
    }

    /**
     * Joins everything fed so far.
     *
     * @throws PushRejected if the message id is missing or not a non-negative 64-bit integer, or if
     *                      the message forms more than {@code maxLines} lines
     */
    public InventoryPush build(int maxLines) throws PushRejected {
        long id = parseMessageId(messageId);
        List<PushLine> lines = lines();
        if (lines.size() > maxLines) {
            throw PushRejected.invalid("message has " + lines.size() + " lines, more than the limit of " + maxLines);
        }
        return new InventoryPush(id, lines);
    }

    private List<PushLine> lines() {
        // First sequence item per SKU wins; a sequence without SKU can never be joined.
        Map<String, Sequence> bySku = new HashMap<>();
        for (Sequence s : sequences) {
            if (s.sku() != null) {
                bySku.putIfAbsent(s.sku(), s);
            }
        }
        List<PushLine> lines = new ArrayList<>(quantities.size());
        Set<String> used = new HashSet<>();
        for (Quantity q : quantities) {
            Sequence s = q.sku() == null ? null : bySku.get(q.sku());
            if (s != null) {
                used.add(s.sku());
            }
            lines.add(new PushLine(q.source(), q.sku(), q.quantity(),
                    s == null ? null : s.sequenceId(), s == null ? null : s.lastOrderExported()));
        }
        // An unjoined sequence still gets a line, so the importer reports it rather than it vanishing.
        for (Sequence s : sequences) {
            if (s.sku() == null || used.add(s.sku())) {
                lines.add(new PushLine(null, s.sku(), null, s.sequenceId(), s.lastOrderExported()));
            }
        }
        return lines;
    }

    private long parseMessageId(String raw) throws PushRejected {
        if (!messageIdSeen || raw == null || raw.isBlank()) {
            throw PushRejected.invalid("messageSeqId is missing");
        }
        String text = raw.strip();
        if (!INTEGER.matcher(text).matches()) {
            throw PushRejected.invalid("messageSeqId is not an integer: " + abbreviate(text));
        }
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw PushRejected.invalid("messageSeqId is out of range: " + abbreviate(text));
        }
        if (id < 0) {
            throw PushRejected.invalid("messageSeqId must not be negative: " + abbreviate(text));
        }
        return id;
    }

    /** Echoed values come from the sender; a bounded excerpt is enough to find the problem. */
    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
