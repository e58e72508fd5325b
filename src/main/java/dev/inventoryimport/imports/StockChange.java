package dev.inventoryimport.imports;

import java.math.BigDecimal;

import dev.inventoryimport.stock.StockKey;

/** What an import writes to one stock row: the last successful line for that row wins. */
public record StockChange(StockKey key, long sequenceId, BigDecimal quantity, boolean inStock, boolean newRow) {
}
