package dev.inventoryimport.stock;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The stock of one SKU at one source as stored, read in plain JDBC ({@link StockQueries} for the
 * console, the read API and an order's deduction; {@link StockRows} for the import).
 *
 * @param sequenceId the last applied sequence id; {@code null} after a reset
 * @param version    moves on with every write: a writer names the version it read, so two writers
 *                   that read the same row conflict instead of one silently overwriting the other
 */
public record StockItem(String sku, String source, BigDecimal quantity, boolean inStock, Long sequenceId,
                        LocalDateTime updatedAt, long version) {

    public StockKey key() {
        return new StockKey(sku, source);
    }

    public StockState state() {
        return new StockState(sequenceId, quantity);
    }
}
