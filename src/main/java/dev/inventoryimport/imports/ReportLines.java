package dev.inventoryimport.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.platform.database.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an import report's lines as multi-row inserts on the caller's JTA transaction. The lines
 * are write-once, so an entity per line would buy nothing but CPU; {@link ImportLine#of} decides
 * their stored form and {@code ImportSearch} reads them back, both in plain JDBC too.
 */
@ApplicationScoped
public class ReportLines {

    /**
     * Each bound value costs the driver CPU on every line, so an import's lines leave out the columns
     * that are NULL on all of them: the text (only Failure and Superseded lines have one) and what
     * Adjust Inventory took off (only adjusted lines). 8 values a line when both are left out.
     */
    private static final Map<Shape, MultiRowInsert<ImportLine>> INSERTS = new EnumMap<>(Shape.class);

    static {
        for (Shape shape : Shape.values()) {
            String columns = "import_id, line_no, source, sku, sequence_id, qty_received, qty_set, result"
                    + (shape.text ? ", message" : "") + (shape.adjusted ? ", units_unsent_orders, units_active_quotes" : "");
            int count = 8 + (shape.text ? 1 : 0) + (shape.adjusted ? 2 : 0);
            INSERTS.put(shape, new MultiRowInsert<>("INSERT INTO import_line (" + columns + ") VALUES", count, "",
                    (insert, first, line) -> bind(insert, first, line, shape)));
        }
    }

    /** Which of the optional columns an import's lines are written with. */
    enum Shape {
        PLAIN(false, false), TEXT(true, false), ADJUSTED(false, true), TEXT_ADJUSTED(true, true);

        final boolean text;
        final boolean adjusted;

        Shape(boolean text, boolean adjusted) {
            this.text = text;
            this.adjusted = adjusted;
        }

        static Shape of(List<ImportLine> lines) {
            boolean text = lines.stream().anyMatch(l -> l.message() != null);
            boolean adjusted = lines.stream().anyMatch(l -> l.unsentOrderUnits() != null || l.activeQuoteUnits() != null);
            return text ? (adjusted ? TEXT_ADJUSTED : TEXT) : (adjusted ? ADJUSTED : PLAIN);
        }
    }

    @Resource(lookup = DataSources.LOCAL)
    DataSource dataSource;

    public void insert(long importId, List<LineDecision> lines) throws SQLException {
        List<ImportLine> rows = lines.stream().map(decision -> ImportLine.of(importId, decision)).toList();
        try (Connection c = dataSource.getConnection()) {
            INSERTS.get(Shape.of(rows)).write(c, rows);
        }
    }

    private static void bind(PreparedStatement insert, int first, ImportLine line, Shape shape) throws SQLException {
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
        int next = first + 8;
        if (shape.text) {
            insert.setString(next++, line.message());
        }
        if (shape.adjusted) {
            setDecimal(insert, next, line.unsentOrderUnits());
            setDecimal(insert, next + 1, line.activeQuoteUnits());
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
