package dev.inventoryimport.tools;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database's own floor for the import's essential writes: plain JDBC, a transaction per
 * message, a guarded upsert of each SKU's row (applied only when its sequence id is newer) and one
 * report row per SKU, both as batches. What the service is measured against: anything it does
 * beyond this (parsing, the queue, JPA, the rules) is its overhead.
 */
public final class FloorBenchmark {

    /** One run: how many SKU updates were written and how long it took. */
    public record Result(int skus, int messages, double seconds) {
        public double updatesPerSecond() {
            return skus / seconds;
        }
    }

    private final String url;
    private final String user;
    private final String password;

    public FloorBenchmark(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    private boolean mysql() {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    /** Creates the floor's two tables afresh, shaped like the service's stock and report tables. */
    public void prepare() throws SQLException {
        prepare(false);
    }

    /**
     * As above; with {@code serviceIndexes} also with the secondary indexes the service keeps on its
     * stock and report tables (the changes feed's and the console's SKU history): not part of the
     * floor the service is measured against, only a hint of what those indexes cost the database.
     */
    public void prepare(boolean serviceIndexes) throws SQLException {
        String charset = mysql() ? " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin" : "";
        String time = mysql() ? "DATETIME(6)" : "TIMESTAMP(6)";
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS floor_stock");
            s.execute("DROP TABLE IF EXISTS floor_line");
            s.execute("CREATE TABLE floor_stock (sku VARCHAR(64) NOT NULL, source VARCHAR(64) NOT NULL,"
                    + " quantity DECIMAL(12,4) NOT NULL, is_in_stock BOOLEAN NOT NULL, sequence_id BIGINT,"
                    + " updated_at " + time + " NOT NULL, version BIGINT NOT NULL, PRIMARY KEY (sku, source))" + charset);
            s.execute("CREATE TABLE floor_line (import_id BIGINT NOT NULL, line_no INT NOT NULL, source VARCHAR(64) NOT NULL,"
                    + " sku VARCHAR(255), sequence_id BIGINT, qty_received DECIMAL(12,4), qty_set DECIMAL(12,4),"
                    + " result VARCHAR(16) NOT NULL, message VARCHAR(1024) NOT NULL, PRIMARY KEY (import_id, line_no))" + charset);
            if (serviceIndexes) {
                s.execute("CREATE INDEX ix_floor_stock_updated ON floor_stock (updated_at, sku, source)");
                s.execute("CREATE INDEX ix_floor_line_sku ON floor_line (sku, import_id)");
            }
        }
    }

    /**
     * Writes {@code skus} SKU updates in messages of {@code chunk}, {@code threads} messages at a
     * time, each message in its own transaction.
     */
    public Result run(int skus, int chunk, int threads, long seqBase, long importIdBase) throws Exception {
        int messages = (skus + chunk - 1) / chunk;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection c = connect()) {
                    c.setAutoCommit(false);
                    Random random = new Random(seqBase);
                    for (int m = next.getAndIncrement(); m < messages; m = next.getAndIncrement()) {
                        write(c, importIdBase + m, m * chunk, Math.min(skus, (m + 1) * chunk), seqBase, random);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(skus, messages, (System.nanoTime() - start) / 1e9);
    }

    private void write(Connection c, long importId, int from, int to, long seqBase, Random random) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement upsert = c.prepareStatement(upsertSql());
             PreparedStatement line = c.prepareStatement("INSERT INTO floor_line (import_id, line_no, source, sku,"
                     + " sequence_id, qty_received, qty_set, result, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = from; i < to; i++) {
                String sku = String.format("SIM-%07d", i + 1);
                BigDecimal qty = BigDecimal.valueOf(random.nextInt(1000)).setScale(4);
                long seq = seqBase + i;
                upsert.setString(1, sku);
                upsert.setString(2, "default");
                upsert.setBigDecimal(3, qty);
                upsert.setBoolean(4, qty.signum() > 0);
                upsert.setLong(5, seq);
                upsert.setTimestamp(6, now);
                upsert.addBatch();
                line.setLong(1, importId);
                line.setInt(2, i - from + 1);
                line.setString(3, "default");
                line.setString(4, sku);
                line.setLong(5, seq);
                line.setBigDecimal(6, qty);
                line.setBigDecimal(7, qty);
                line.setString(8, "SUCCESS");
                line.setString(9, "Stock quantity of SKU " + sku + " set to " + qty.stripTrailingZeros().toPlainString());
                line.addBatch();
            }
            upsert.executeBatch();
            line.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private String upsertSql() {
        if (mysql()) {
            // Columns are assigned left to right: sequence_id last, so the guards see the old one.
            return "INSERT INTO floor_stock (sku, source, quantity, is_in_stock, sequence_id, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE"
                    + " quantity = IF(VALUES(sequence_id) > sequence_id, VALUES(quantity), quantity),"
                    + " is_in_stock = IF(VALUES(sequence_id) > sequence_id, VALUES(is_in_stock), is_in_stock),"
                    + " updated_at = IF(VALUES(sequence_id) > sequence_id, VALUES(updated_at), updated_at),"
                    + " version = IF(VALUES(sequence_id) > sequence_id, version + 1, version),"
                    + " sequence_id = GREATEST(sequence_id, VALUES(sequence_id))";
        }
        return "MERGE INTO floor_stock t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)),"
                + " CAST(? AS DECIMAL(12,4)), CAST(? AS BOOLEAN), CAST(? AS BIGINT), CAST(? AS TIMESTAMP(6))))"
                + " AS v(sku, source, quantity, is_in_stock, sequence_id, updated_at)"
                + " ON t.sku = v.sku AND t.source = v.source"
                + " WHEN MATCHED AND v.sequence_id > t.sequence_id THEN UPDATE SET quantity = v.quantity,"
                + " is_in_stock = v.is_in_stock, sequence_id = v.sequence_id, updated_at = v.updated_at,"
                + " version = t.version + 1"
                + " WHEN NOT MATCHED THEN INSERT (sku, source, quantity, is_in_stock, sequence_id, updated_at, version)"
                + " VALUES (v.sku, v.source, v.quantity, v.is_in_stock, v.sequence_id, v.updated_at, 1)";
    }

    private Connection connect() throws SQLException {
        String u = url;
        if (mysql() && !u.contains("rewriteBatchedStatements")) {
            u += (u.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        }
        return DriverManager.getConnection(u, user, password);
    }
}
