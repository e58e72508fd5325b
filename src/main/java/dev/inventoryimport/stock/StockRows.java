package dev.inventoryimport.stock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import dev.inventoryimport.platform.DataSources;
import dev.inventoryimport.platform.UtcTimestampConverter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

/**
 * The import's access to stock rows: one read of every row a message touches and batched writes,
 * in plain JDBC on the caller's JTA transaction (the pool hands the transaction's own connection).
 * Why not JPA here: for a 150-SKU message, tracking 150 entities and building their change sets cost
 * more CPU than the database work itself. The optimistic lock stays: every update names the version
 * it read, and a row changed meanwhile fails the write with an {@link OptimisticLockException}.
 */
@ApplicationScoped
public class StockRows {

    /** Keeps IN lists well inside every database's limit for the largest messages. */
    private static final int IN_CHUNK = 1000;
    private static final UtcTimestampConverter TIME = new UtcTimestampConverter();

    /** A stored row as the import sees it. */
    public record Row(StockState state, long version) {
    }

    /**
     * The new figure of one row. {@code expectedVersion} is the version read, or {@code null} for a
     * row that did not exist (inserted; a concurrent first insert fails on the primary key).
     */
    public record Write(StockKey key, long sequenceId, BigDecimal quantity, boolean inStock, Long expectedVersion) {
    }

    @Resource(lookup = DataSources.TRANSACTIONAL)
    DataSource dataSource;

    /**
     * The existing rows among {@code keys}. With {@code lock} they are write-locked as they are read,
     * in key order, so two importers cannot lock each other out.
     */
    public Map<StockKey, Row> load(Collection<StockKey> keys, boolean lock) throws SQLException {
        List<String> skus = new ArrayList<>(new TreeSet<>(keys.stream().map(StockKey::sku).toList()));
        Map<StockKey, Row> rows = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < skus.size(); from += IN_CHUNK) {
                List<String> chunk = skus.subList(from, Math.min(skus.size(), from + IN_CHUNK));
                String sql = "SELECT sku, source, sequence_id, quantity, version FROM stock_item WHERE sku IN ("
                        + "?,".repeat(chunk.size() - 1) + "?) ORDER BY sku, source" + (lock ? " FOR UPDATE" : "");
                try (PreparedStatement select = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            StockKey key = new StockKey(rs.getString(1), rs.getString(2));
                            if (keys.contains(key)) {
                                long sequence = rs.getLong(3);
                                rows.put(key, new Row(new StockState(rs.wasNull() ? null : sequence,
                                        rs.getBigDecimal(4)), rs.getLong(5)));
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** Applies {@code writes} in key order: updates in one batch, inserts in another. */
    public void write(Collection<Write> writes, LocalDateTime at) throws SQLException {
        List<Write> updates = new ArrayList<>();
        List<Write> inserts = new ArrayList<>();
        writes.stream().sorted((a, b) -> a.key().compareTo(b.key()))
                .forEach(w -> (w.expectedVersion() == null ? inserts : updates).add(w));
        String time = (String) TIME.convertToDatabaseColumn(at);
        try (Connection c = dataSource.getConnection()) {
            if (!updates.isEmpty()) {
                update(c, updates, time);
            }
            if (!inserts.isEmpty()) {
                insert(c, inserts, time);
            }
        }
    }

    private static void update(Connection c, List<Write> updates, String time) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE stock_item SET quantity = ?, is_in_stock = ?,"
                + " sequence_id = ?, updated_at = ?, version = version + 1 WHERE sku = ? AND source = ? AND version = ?")) {
            for (Write w : updates) {
                update.setBigDecimal(1, w.quantity());
                update.setBoolean(2, w.inStock());
                update.setLong(3, w.sequenceId());
                update.setString(4, time);
                update.setString(5, w.key().sku());
                update.setString(6, w.key().source());
                update.setLong(7, w.expectedVersion());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                // SUCCESS_NO_INFO would hide a lost update: treat it as one, the retry is cheap.
                if (counts[i] != 1) {
                    throw new OptimisticLockException("Stock row " + updates.get(i).key()
                            + " was changed by a concurrent import (version " + updates.get(i).expectedVersion() + ")");
                }
            }
        }
    }

    private static void insert(Connection c, List<Write> inserts, String time) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO stock_item (sku, source, quantity,"
                + " is_in_stock, sequence_id, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            for (Write w : inserts) {
                insert.setString(1, w.key().sku());
                insert.setString(2, w.key().source());
                insert.setBigDecimal(3, w.quantity());
                insert.setBoolean(4, w.inStock());
                insert.setLong(5, w.sequenceId());
                insert.setString(6, time);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int count : counts) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("Stock row insert reported " + count + " rows");
                }
            }
        }
    }
}
