package dev.inventoryimport.stock;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.platform.database.DatabaseKind;
import dev.inventoryimport.platform.database.MultiRowInsert;
import dev.inventoryimport.platform.database.UtcTimestampConverter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

/**
 * The import's access to stock rows: one read of every row a message touches and multi-row writes,
 * in plain JDBC on the caller's JTA transaction (the pool hands the transaction's own connection).
 * Why not JPA here: for a 150-SKU message, tracking 150 entities and building their change sets cost
 * more CPU than the database work itself. The optimistic lock stays: every update names the version
 * it read, and a row changed meanwhile fails the write with an {@link OptimisticLockException}.
 */
@ApplicationScoped
public class StockRows {

    /** Keeps IN lists well inside every database's limit for the largest messages. */
    private static final int IN_CHUNK = 1000;

    /** A stored row as the import sees it. */
    public record Row(StockState state, long version) {
    }

    /**
     * The new figure of one row. {@code expectedVersion} is the version read, or {@code null} for a
     * row that did not exist (inserted; a concurrent first insert fails on the primary key).
     */
    public record Write(StockKey key, long sequenceId, BigDecimal quantity, boolean inStock, Long expectedVersion) {
    }

    @Resource(lookup = DataSources.LOCAL)
    DataSource dataSource;

    /** Which statements to use; the database does not change while the service runs. */
    private volatile DatabaseKind kind;

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

    /**
     * Applies {@code writes} in key order: updates first, then inserts, each as few statements. An
     * update names the version it read and fails the whole write when a row has moved on since.
     */
    public void write(Collection<Write> writes, LocalDateTime at) throws SQLException {
        List<Write> updates = new ArrayList<>();
        List<Write> inserts = new ArrayList<>();
        writes.stream().sorted((a, b) -> a.key().compareTo(b.key()))
                .forEach(w -> (w.expectedVersion() == null ? inserts : updates).add(w));
        String time = UtcTimestampConverter.toColumn(at);
        try (Connection c = dataSource.getConnection()) {
            if (!updates.isEmpty()) {
                if (kind(c) == DatabaseKind.MYSQL) {
                    upsert(c, updates, time);
                } else {
                    update(c, updates, time);
                }
            }
            if (!inserts.isEmpty()) {
                // A concurrent first insert of the same row fails on the primary key: a conflict, retried.
                INSERT.write(c, inserts.stream().map(w -> new Bound(w, time)).toList());
            }
        }
    }

    private DatabaseKind kind(Connection c) throws SQLException {
        DatabaseKind k = kind;
        if (k == null) {
            kind = k = DatabaseKind.of(c);
        }
        return k;
    }

    /**
     * MySQL: one multi-row upsert instead of one UPDATE per row, which MySQL parses and runs one by
     * one. Every row exists and is changed only if it still has the version read (the version is
     * assigned last, so each guard sees the old one). MySQL counts 2 for a row changed and 1 for a
     * row left as it was (or, had it vanished, inserted): anything short of 2 per row is a lost race.
     */
    private static void upsert(Connection c, List<Write> updates, String time) throws SQLException {
        long counted = UPSERT.write(c, updates.stream().map(w -> new Bound(w, time)).toList());
        if (counted != 2L * updates.size()) {
            throw new OptimisticLockException("Of " + updates.size() + " stock rows, "
                    + (2L * updates.size() - counted) + " were changed by a concurrent import");
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

    /** A write with the time of its import, as the statements bind it. */
    private record Bound(Write write, String time) {
    }

    private static final String COLUMNS = "INSERT INTO stock_item (sku, source, quantity, is_in_stock, sequence_id,"
            + " updated_at, version) VALUES";
    private static final MultiRowInsert<Bound> INSERT = new MultiRowInsert<>(COLUMNS, 7, "", StockRows::bind);
    // VALUES(column) in ON DUPLICATE KEY UPDATE: MariaDB's form; MySQL 8.0.20+ still runs it (with a
    // deprecation note) and would take a row alias instead.
    private static final String STILL_READ = "IF(version = VALUES(version) - 1, VALUES(%1$s), %1$s)";
    private static final MultiRowInsert<Bound> UPSERT = new MultiRowInsert<>(COLUMNS, 7, "ON DUPLICATE KEY UPDATE"
            + " quantity = " + STILL_READ.formatted("quantity") + ", is_in_stock = " + STILL_READ.formatted("is_in_stock")
            + ", sequence_id = " + STILL_READ.formatted("sequence_id") + ", updated_at = " + STILL_READ.formatted("updated_at")
            + ", version = " + STILL_READ.formatted("version"), StockRows::bind);

    /** The row's figure and its new version: the one read plus one, or 1 for a new row. */
    private static void bind(PreparedStatement statement, int first, Bound row) throws SQLException {
        Write w = row.write();
        statement.setString(first, w.key().sku());
        statement.setString(first + 1, w.key().source());
        statement.setBigDecimal(first + 2, w.quantity());
        statement.setBoolean(first + 3, w.inStock());
        statement.setLong(first + 4, w.sequenceId());
        statement.setString(first + 5, row.time());
        statement.setLong(first + 6, w.expectedVersion() == null ? 1 : w.expectedVersion() + 1);
    }
}
