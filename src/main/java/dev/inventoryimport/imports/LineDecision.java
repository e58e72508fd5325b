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
 * @param sequenceInForce the applied sequence id the line was compared with, on Duplicate and
 *                        Superseded lines ({@code null} otherwise)
 */
public record LineDecision(int lineNo, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                           BigDecimal qtySet, BigDecimal unsentOrderUnits, BigDecimal activeQuoteUnits,
                           LineResult result, String message, Long sequenceInForce) {

    /** A line that changes nothing: Duplicate, Superseded or Failure. */
    static LineDecision unapplied(int lineNo, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                                  LineResult result, String message) {
        return new LineDecision(lineNo, source, sku, sequenceId, qtyReceived, null, null, null, result, message, null);
    }

    /** A line that lost to the sequence id in force: Duplicate or Superseded. */
    static LineDecision notNewer(int lineNo, String source, String sku, long sequenceId, BigDecimal qtyReceived,
                                 LineResult result, String message, long sequenceInForce) {
        return new LineDecision(lineNo, source, sku, sequenceId, qtyReceived, null, null, null, result, message,
                sequenceInForce);
    }
}
