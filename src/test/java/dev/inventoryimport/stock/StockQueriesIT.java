package dev.inventoryimport.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.Jdbc;
import dev.inventoryimport.platform.database.Migrations;
import dev.inventoryimport.platform.database.TestDatabases;
import dev.inventoryimport.platform.query.Page;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stock reads and writes of the console, the read API and an order's deduction on a real,
 * migrated database without a container (H2 and MariaDB in the failsafe runs), on rows the import's
 * own statements wrote.
 */
class StockQueriesIT {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 10, 0, 0, 123_456_000);

    private final StockRows rows = new StockRows();
    private final StockQueries stock = new StockQueries();

    @BeforeEach
    void freshDatabase() throws SQLException {
        DataSource db = TestDatabases.fresh("inventory_stock_queries");
        Migrations.migrate(db);
        rows.dataSource = db;
        stock.jdbc = new Jdbc(db);
        rows.write(List.of(write("A_1", "default"), write("A_1", "eu"), write("AB1", "default"), write("A%2", "default")),
                AT);
    }

    @Test
    void aPrefixMatchesItsCharactersLiterally() {
        assertEquals(2, stock.countByPrefix("A_"));
        assertEquals(List.of("A_1/default", "A_1/eu"), names(stock.byPrefix("A_", new Page(0, 10))));
        assertEquals(List.of("A%2/default"), names(stock.byPrefix("A%", new Page(0, 10))));
        assertEquals(4, stock.countByPrefix(null));
        assertEquals(List.of("AB1/default", "A_1/default"), names(stock.byPrefix(null, new Page(1, 2))));
    }

    @Test
    void aRowReadsBackAsWritten() {
        StockItem row = stock.bySku("A_1").get(0);
        assertEquals(new StockItem("A_1", "default", new BigDecimal("5.0000"), true, 10L, AT, 1), row);
    }

    @Test
    void theChangesFeedPagesByTimeThenKey() {
        List<StockItem> first = stock.changedAfter(AT, null, null, 2);
        assertEquals(List.of("A%2/default", "AB1/default"), names(first));
        StockItem last = first.get(1);
        assertEquals(List.of("A_1/default", "A_1/eu"), names(stock.changedAfter(last.updatedAt(), last.sku(),
                last.source(), 10)));
        assertEquals(List.of(), stock.changedAfter(AT.plusNanos(1000), null, null, 10));
    }

    @Test
    void aDeductionOfARowThatMovedOnMeanwhileIsALostRace() {
        StockItem read = stock.load(List.of(new StockKey("AB1", "default"))).get(new StockKey("AB1", "default"));
        stock.setQuantity(read, BigDecimal.ZERO, AT.plusMinutes(1));
        StockItem now = stock.bySku("AB1").get(0);
        assertEquals(false, now.inStock());
        assertEquals(2, now.version());
        assertEquals(10L, now.sequenceId(), "the sequence id stays OrderFlow's");
        assertThrows(OptimisticLockException.class, () -> stock.setQuantity(read, BigDecimal.ONE, AT.plusMinutes(2)));
    }

    @Test
    void aResetForgetsTheSequenceIdAndMovesTheVersionOn() {
        assertEquals(1, stock.resetSequence(new StockKey("A_1", "eu")));
        assertEquals(0, stock.resetSequence(new StockKey("A_1", "us")));
        StockItem reset = stock.bySku("A_1").get(1);
        assertNull(reset.sequenceId());
        assertEquals(2, reset.version());
        assertEquals(3, stock.resetSource("default"));
    }

    private static List<String> names(List<StockItem> items) {
        return items.stream().map(i -> i.sku() + "/" + i.source()).toList();
    }

    private static StockRows.Write write(String sku, String source) {
        return new StockRows.Write(new StockKey(sku, source), 10, new BigDecimal("5.0000"), true, null);
    }
}
