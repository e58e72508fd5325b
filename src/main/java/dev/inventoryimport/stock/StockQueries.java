package dev.inventoryimport.stock;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.inventoryimport.platform.database.Jdbc;
import dev.inventoryimport.platform.database.UtcTimestampConverter;
import dev.inventoryimport.platform.query.Page;
import dev.inventoryimport.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

/**
 * Stock rows as the console, the read API and an order's deduction use them, in plain JDBC on the
 * XA pool ({@link Jdbc}): a console action's reset commits with its audit entry, an order's deduction
 * with the order. The import reads and writes the same rows through {@link StockRows} on the local pool.
 */
@ApplicationScoped
public class StockQueries {

    /** Keeps IN lists well inside every database's limit for the largest messages. */
    private static final int IN_CHUNK = 1000;
    private static final String COLUMNS =
            "SELECT sku, source, quantity, is_in_stock, sequence_id, updated_at, version FROM stock_item";
    private static final String RESET = "UPDATE stock_item SET sequence_id = NULL, version = version + 1";

    @Inject
    Jdbc jdbc;

    /** The existing rows among {@code keys}, in key order: writers that follow it cannot deadlock. */
    public Map<StockKey, StockItem> load(Collection<StockKey> keys) {
        List<String> skus = new ArrayList<>(new TreeSet<>(keys.stream().map(StockKey::sku).toList()));
        Map<StockKey, StockItem> rows = new TreeMap<>();
        for (int from = 0; from < skus.size(); from += IN_CHUNK) {
            List<String> chunk = skus.subList(from, Math.min(skus.size(), from + IN_CHUNK));
            for (StockItem item : select(COLUMNS + " WHERE sku IN (" + "?, ".repeat(chunk.size() - 1) + "?)"
                    + " ORDER BY sku, source", chunk.toArray())) {
                if (keys.contains(item.key())) {
                    rows.put(item.key(), item);
                }
            }
        }
        return rows;
    }

    /** Every source's row of one SKU. */
    public List<StockItem> bySku(String sku) {
        return select(COLUMNS + " WHERE sku = ? ORDER BY source", sku);
    }

    /**
     * Rows changed after a point, in (updated, SKU, source) order, for storefronts that mirror stock.
     * Keyset paging: the position is the last row seen, so pages stay exact while imports write.
     */
    public List<StockItem> changedAfter(LocalDateTime since, String afterSku, String afterSource, int limit) {
        String time = UtcTimestampConverter.toColumn(since);
        return afterSku == null
                ? select(COLUMNS + " WHERE updated_at >= ? ORDER BY updated_at, sku, source LIMIT ?", time, limit)
                : select(COLUMNS + " WHERE updated_at > ? OR (updated_at = ? AND (sku > ? OR (sku = ? AND source > ?)))"
                        + " ORDER BY updated_at, sku, source LIMIT ?", time, time, afterSku, afterSku, afterSource, limit);
    }

    public long countByPrefix(String skuPrefix) {
        return skuPrefix == null || skuPrefix.isEmpty()
                ? jdbc.count("SELECT COUNT(*) FROM stock_item")
                : jdbc.count("SELECT COUNT(*) FROM stock_item WHERE sku LIKE ? ESCAPE '!'", Where.prefixPattern(skuPrefix));
    }

    /** Rows whose SKU starts with the prefix, in (SKU, source) order. */
    public List<StockItem> byPrefix(String skuPrefix, Page page) {
        return skuPrefix == null || skuPrefix.isEmpty()
                ? select(COLUMNS + " ORDER BY sku, source LIMIT ? OFFSET ?", page.size(), page.first())
                : select(COLUMNS + " WHERE sku LIKE ? ESCAPE '!' ORDER BY sku, source LIMIT ? OFFSET ?",
                        Where.prefixPattern(skuPrefix), page.size(), page.first());
    }

    /**
     * A shop-side change of a row's figure (an order placed); the sequence id stays OrderFlow's.
     *
     * @throws OptimisticLockException when the row moved on since {@code read}
     */
    public void setQuantity(StockItem read, BigDecimal quantity, LocalDateTime at) {
        if (jdbc.update("UPDATE stock_item SET quantity = ?, is_in_stock = ?, updated_at = ?, version = version + 1"
                        + " WHERE sku = ? AND source = ? AND version = ?", quantity, quantity.signum() > 0,
                UtcTimestampConverter.toColumn(at), read.sku(), read.source(), read.version()) != 1) {
            throw new OptimisticLockException("Stock row " + read.key() + " was changed meanwhile (version "
                    + read.version() + ")");
        }
    }

    /**
     * Forgets the applied sequence id of one row, so the next push for it applies whatever its
     * sequence id (OrderFlow's record ids restart after a restore). The version moves on too: an
     * import that read the row before loses its optimistic check and decides again.
     *
     * @return rows reset (0 or 1)
     */
    public int resetSequence(StockKey key) {
        return jdbc.update(RESET + " WHERE sku = ? AND source = ?", key.sku(), key.source());
    }

    /** As {@link #resetSequence(StockKey)} for every SKU of a source. */
    public int resetSource(String source) {
        return jdbc.update(RESET + " WHERE source = ?", source);
    }

    private List<StockItem> select(String sql, Object... parameters) {
        return jdbc.select(sql, StockQueries::item, parameters);
    }

    private static StockItem item(ResultSet rs) throws SQLException {
        long sequence = rs.getLong(5);
        Long sequenceId = rs.wasNull() ? null : sequence;
        return new StockItem(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4), sequenceId,
                UtcTimestampConverter.fromColumn(rs.getObject(6)), rs.getLong(7));
    }
}
