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

    private static final String COLUMNS = "INSERT INTO import_line (import_id, line_no, source, sku, sequence_id,"
            + " qty_received, qty_set, result, message";
    /** Lines of an import that adjusted nothing (Adjust Inventory off, or no demand): 9 values a line. */
    private static final MultiRowInsert<ImportLine> PLAIN = new MultiRowInsert<>(COLUMNS + ") VALUES", 9, "",
            ReportLines::bindPlain);
    /** Lines of an import that adjusted a figure: the units taken off as well, 11 values a line. */
    private static final MultiRowInsert<ImportLine> ADJUSTED = new MultiRowInsert<>(COLUMNS
            + ", units_unsent_orders, units_active_quotes) VALUES", 11, "", ReportLines::bindAdjusted);

    @Resource(lookup = DataSources.LOCAL)
    DataSource dataSource;

    public void insert(long importId, List<LineDecision> lines) throws SQLException {
        List<ImportLine> rows = lines.stream().map(decision -> ImportLine.of(importId, decision)).toList();
        // Each bound value costs the driver CPU, so two columns that are NULL on every line are left out.
        boolean adjusted = rows.stream().anyMatch(l -> l.unsentOrderUnits() != null || l.activeQuoteUnits() != null);
        try (Connection c = dataSource.getConnection()) {
            (adjusted ? ADJUSTED : PLAIN).write(c, rows);
        }
    }

    private static void bindPlain(PreparedStatement insert, int first, ImportLine line) throws SQLException {
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
        insert.setString(first + 7, line.result().name());
        insert.setString(first + 8, line.message());
    }

    private static void bindAdjusted(PreparedStatement insert, int first, ImportLine line) throws SQLException {
        bindPlain(insert, first, line);
        setDecimal(insert, first + 9, line.unsentOrderUnits());
        setDecimal(insert, first + 10, line.activeQuoteUnits());
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
