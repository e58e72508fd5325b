package dev.inventoryimport.imports;

import java.math.BigDecimal;

/**
 * The decision on one line, as the import report shows it.
 *
 * @param sku         the SKU as sent (may be over-long or {@code null} on a Failure line)
 * @param sequenceId  {@code null} when the line had none or it was not a number
 * @param qtyReceived {@code null} when the line's quantity was absent or not a number
 * @param qtySet      the quantity stored, on Success only
 * @param unsentOrderUnits units taken off for orders OrderFlow had not counted ({@code null}: not adjusted)
 * @param activeQuoteUnits units taken off for active carts ({@code null}: not adjusted)
 * @param reason      why a Failure or Superseded line was not applied; {@code null} on Success and
 *                    Duplicate lines, whose text follows from their figures ({@link LineText})
 * @param sequenceInForce the applied sequence id the line was compared with, on Duplicate and
 *                        Superseded lines ({@code null} otherwise)
 */
public record LineDecision(int lineNo, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                           BigDecimal qtySet, BigDecimal unsentOrderUnits, BigDecimal activeQuoteUnits,
                           LineResult result, String reason, Long sequenceInForce) {

    /** The line's text as the report shows it. */
    public String message() {
        return LineText.of(result, source, sku, sequenceId, qtyReceived, qtySet, unsentOrderUnits, activeQuoteUnits,
                reason);
    }

    /** A line that could not be applied at all. */
    static LineDecision failure(int lineNo, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                                String reason) {
        return new LineDecision(lineNo, source, sku, sequenceId, qtyReceived, null, null, null, LineResult.FAILURE,
                reason, null);
    }

    /** A line with the sequence id in force: nothing to say beyond its figures. */
    static LineDecision duplicate(int lineNo, String source, String sku, long sequenceId, BigDecimal qtyReceived) {
        return new LineDecision(lineNo, source, sku, sequenceId, qtyReceived, null, null, null, LineResult.DUPLICATE,
                null, sequenceId);
    }

    /** A line older than the sequence id in force. */
    static LineDecision superseded(int lineNo, String source, String sku, long sequenceId, BigDecimal qtyReceived,
                                   long sequenceInForce) {
        return new LineDecision(lineNo, source, sku, sequenceId, qtyReceived, null, null, null, LineResult.SUPERSEDED,
                "Superseded: sequence id " + sequenceId + " of SKU " + sku + " is older than the applied "
                        + sequenceInForce, sequenceInForce);
    }
}
