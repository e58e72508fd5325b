package dev.inventoryimport.stock;

import java.math.BigDecimal;

/**
 * What a stock row says now, as the import rules see it.
 *
 * @param sequenceId the last applied sequence id; {@code null} after a reset (anything applies)
 */
public record StockState(Long sequenceId, BigDecimal quantity) {
}
