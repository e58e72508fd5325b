package dev.inventoryimport.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.platform.database.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an import report's lines as multi-row inserts on the caller's JTA transaction. The lines
 * are write-once, so an entity per line would buy nothing but CPU; {@link ImportLine#of} decides
 * their stored form and {@link ImportSearch} reads them back, both in plain JDBC too.
 */
@ApplicationScoped
public class ReportLines {

    private static final MultiRowInsert<ImportLine> INSERT = new MultiRowInsert<>("INSERT INTO import_line"
            + " (import_id, line_no, source, sku, sequence_id, qty_received, qty_set, units_unsent_orders,"
            + " units_active_quotes, result, message) VALUES", 11, "", ReportLines::bind);

    @Resource(lookup = DataSources.LOCAL)
    DataSource dataSource;

    public void insert(long importId, List<LineDecision> lines) throws SQLException {
        List<ImportLine> rows = lines.stream().map(decision -> ImportLine.of(importId, decision)).toList();
        try (Connection c = dataSource.getConnection()) {
            INSERT.write(c, rows);
        }
    }

    private static void bind(PreparedStatement insert, int first, ImportLine line) throws SQLException {
        insert.setLong(first, line.importId());
        insert.setInt(first + 1, line.lineNo());
        insert.setString(first + 2, line.source());
        insert.setString(first + 3, line.sku());
        if (line.sequenceId() == null) {
            insert.setNull(first + 4, Types.BIGINT);
        } else {
            insert.setLong(first + 4, line.sequenceId());
        }
        setDecimal(insert, first + 5, line.qtyReceived());
        setDecimal(insert, first + 6, line.qtySet());
        setDecimal(insert, first + 7, line.unsentOrderUnits());
        setDecimal(insert, first + 8, line.activeQuoteUnits());
        insert.setString(first + 9, line.result().name());
        insert.setString(first + 10, line.message());
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
