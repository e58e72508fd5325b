package dev.inventoryimport.tools;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The MariaDB database the two-instance run shares between its instances: recreated empty before
 * they start (so both migrate it at once), watched while they drain, and read whole at the end for
 * {@link ScaleOutVerdict}. Plain JDBC on the tables of the Flyway migrations
 * ({@code db/migration/mysql}), never the service's API: the checks must not trust what they check.
 */
final class ScaleOutDatabase {

    /** The XA format id of Payara's transaction manager (its branches, not another program's). */
    private static final int PAYARA_FORMAT_ID = 4871251;

    /** One request row. */
    record RequestRow(long id, long messageId, String status) {
    }

    /** One import row: the request it applied and that request's message id. */
    record ImportRow(long requestId, long messageId) {
    }

    /** One stock row. */
    record StockRow(String sku, String source, BigDecimal quantity, Long sequenceId) {
    }

    /** Everything the verdict reads, taken in one pass once nothing is Pending. */
    record Snapshot(List<RequestRow> requests, Map<Long, Long> processedMessages, List<ImportRow> imports,
                    List<StockRow> stock, Map<String, Long> lineResults) {
    }

    private final String server;
    private final String name;
    private final String user;
    private final String password;

    /** @param server a JDBC URL of the server without a database, e.g. {@code jdbc:mysql://127.0.0.1:3306/} */
    ScaleOutDatabase(String server, String name, String user, String password) {
        if (!name.matches("\\w+")) { // it goes into statements as it is
            throw new IllegalArgumentException("Database name must be a plain word: " + name);
        }
        this.server = server.endsWith("/") ? server : server + "/";
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** What the service's {@code DB_URL} is set to. */
    String url() {
        return server + name;
    }

    void recreate() throws SQLException {
        new ConsoleDatabase(url(), user, password).recreate();
    }

    long pending() throws SQLException {
        return count("SELECT COUNT(*) FROM inventory_request WHERE status = 'PENDING'");
    }

    /**
     * Branches of Payara's transaction manager the server holds prepared (any database: MariaDB
     * does not say which); a crash leaves them until an instance rolls them back.
     */
    long preparedBranches() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("XA RECOVER")) {
            long n = 0;
            while (r.next()) {
                if (r.getInt("formatID") == PAYARA_FORMAT_ID) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * What is wrong with the migration history two instances wrote at once: a version applied
     * twice or a failed migration (empty when it is right); and how many versions it holds.
     */
    List<String> migrationProblems() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT version, COUNT(*), MIN(success) FROM flyway_schema_history WHERE version IS NOT NULL"
                        + " GROUP BY version ORDER BY version")) {
            while (r.next()) {
                if (r.getLong(2) != 1 || !r.getBoolean(3)) {
                    problems.add("migration V" + r.getString(1) + ": " + r.getLong(2) + " history rows, success "
                            + r.getBoolean(3));
                }
            }
        }
        if (count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL") == 0) {
            problems.add("no migration recorded");
        }
        return problems;
    }

    long migrations() throws SQLException {
        return count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL");
    }

    Snapshot snapshot() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<RequestRow> requests = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT id, message_id, status FROM inventory_request")) {
                while (r.next()) {
                    requests.add(new RequestRow(r.getLong(1), r.getLong(2), r.getString(3)));
                }
            }
            Map<Long, Long> processed = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT message_id, request_id FROM processed_message")) {
                while (r.next()) {
                    processed.put(r.getLong(1), r.getLong(2));
                }
            }
            List<ImportRow> imports = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT request_id, message_id FROM inventory_import")) {
                while (r.next()) {
                    imports.add(new ImportRow(r.getLong(1), r.getLong(2)));
                }
            }
            List<StockRow> stock = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT sku, source, quantity, sequence_id FROM stock_item")) {
                while (r.next()) {
                    long seq = r.getLong(4);
                    Long sequenceId = r.wasNull() ? null : seq;
                    stock.add(new StockRow(r.getString(1), r.getString(2), r.getBigDecimal(3), sequenceId));
                }
            }
            Map<String, Long> lines = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT result, COUNT(*) FROM import_line GROUP BY result")) {
                while (r.next()) {
                    lines.put(r.getString(1), r.getLong(2));
                }
            }
            return new Snapshot(requests, processed, imports, stock, lines);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }
}
