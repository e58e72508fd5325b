package dev.inventoryimport.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import dev.inventoryimport.platform.DataSources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an import report's lines as one JDBC batch (a multi-row insert on MySQL) on the caller's
 * JTA transaction. The lines are write-once, so an entity per line bought nothing but CPU; they are
 * read back through {@link ImportLine}, whose constructor still decides their stored form.
 */
@ApplicationScoped
public class ReportLines {

    @Resource(lookup = DataSources.TRANSACTIONAL)
    DataSource dataSource;

    public void insert(long importId, List<LineDecision> lines) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO import_line (import_id, line_no, source, sku,"
                     + " sequence_id, qty_received, qty_set, units_unsent_orders, units_active_quotes, result, message)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LineDecision decision : lines) {
                ImportLine line = new ImportLine(importId, decision);
                insert.setLong(1, importId);
                insert.setInt(2, line.lineNo());
                insert.setString(3, line.source());
                insert.setString(4, line.sku());
                if (line.sequenceId() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, line.sequenceId());
                }
                setDecimal(insert, 6, line.qtyReceived());
                setDecimal(insert, 7, line.qtySet());
                setDecimal(insert, 8, line.unsentOrderUnits());
                setDecimal(insert, 9, line.activeQuoteUnits());
                insert.setString(10, line.result().name());
                insert.setString(11, line.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
