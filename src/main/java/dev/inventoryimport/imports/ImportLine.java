package dev.inventoryimport.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of an import report in its stored form, keyed by (import, line number): no id allocation
 * per line. {@code message} is the reason of a Failure or Superseded line and {@code null} on the
 * others, whose text {@link LineText} writes from their figures when read. {@link ReportLines}
 * writes it, {@link ImportStore} logs a superseded line in the same form, {@code ImportSearch}
 * reads the lines back.
 */
public record ImportLine(long importId, int lineNo, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                         BigDecimal qtySet, BigDecimal unsentOrderUnits, BigDecimal activeQuoteUnits, LineResult result,
                         String message) {

    private static final int MAX_SOURCE = 64;
    private static final int MAX_SKU = 255;
    private static final int MAX_MESSAGE = 1024;
    /** The first figure DECIMAL(12,4) cannot hold. */
    private static final BigDecimal QTY_LIMIT = new BigDecimal("100000000");

    /** A decision as its columns take it: texts clipped to their columns, the received figure at scale 4. */
    static ImportLine of(long importId, LineDecision d) {
        // A received figure outside DECIMAL(12,4) is a Failure line; its text is in the message.
        BigDecimal received = d.qtyReceived() != null && d.qtyReceived().abs().compareTo(QTY_LIMIT) < 0
                ? d.qtyReceived().setScale(4, RoundingMode.HALF_UP) : null;
        return new ImportLine(importId, d.lineNo(), clip(d.source(), MAX_SOURCE),
                d.sku() == null ? null : clip(d.sku(), MAX_SKU), d.sequenceId(), received, d.qtySet(),
                d.unsentOrderUnits(), d.activeQuoteUnits(), d.result(),
                d.reason() == null ? null : clip(d.reason(), MAX_MESSAGE));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
