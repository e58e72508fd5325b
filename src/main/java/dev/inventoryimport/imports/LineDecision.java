package dev.inventoryimport.imports;

import java.math.BigDecimal;

/**
 * The decision on one line, as the import report shows it.
 *
 * @param sku         the SKU as sent (may be over-long or {@code null} on a Failure line)
 * @param sequenceId  {@code null} when the line had none or it was not a number
 * @param qtyReceived {@code null} when the line's quantity was absent or not a number
 * @param qtySet      the quantity stored, on Success only
 */
public record LineDecision(int lineNo, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                           BigDecimal qtySet, LineResult result, String message) {
}
