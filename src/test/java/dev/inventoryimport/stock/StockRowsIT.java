package dev.inventoryimport.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import dev.inventoryimport.imports.Failures;
import dev.inventoryimport.platform.database.Migrations;
import dev.inventoryimport.platform.database.TestDatabases;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import's stock writes on a real, migrated database without a container (H2 and MariaDB in
 * the failsafe runs): inserts and version-checked updates in statements of many rows, more rows
 * than one statement holds, and a row that moved on or appeared meanwhile failing the write as a
 * conflict. Each statement runs on its own here; in the service the import's transaction wraps them.
 */
class StockRowsIT {

    private final StockRows rows = new StockRows();

    @BeforeEach
    void freshDatabase() {
        DataSource db = TestDatabases.fresh("inventory_stock_rows");
        Migrations.migrate(db);
        rows.dataSource = db;
    }

    @Test
    void insertsThenUpdatesEveryRowInStatementsOfManyRows() throws SQLException {
        List<StockKey> keys = IntStream.rangeClosed(1, 1_203).mapToObj(i -> new StockKey("SKU-" + i, "default")).toList();
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 10, 0);
        rows.write(keys.stream().map(k -> write(k, 10, "5", null)).toList(), at);

        Map<StockKey, StockRows.Row> inserted = rows.load(keys, false);
        assertEquals(keys.size(), inserted.size());
        inserted.values().forEach(r -> assertEquals(new StockState(10L, new BigDecimal("5.0000")), r.state()));
        inserted.values().forEach(r -> assertEquals(1, r.version()));

        rows.write(keys.stream().map(k -> write(k, 11, "0", inserted.get(k).version())).toList(), at.plusMinutes(1));
        Map<StockKey, StockRows.Row> updated = rows.load(keys, true);
        updated.values().forEach(r -> assertEquals(new StockState(11L, new BigDecimal("0.0000")), r.state()));
        updated.values().forEach(r -> assertEquals(2, r.version()));
    }

    @Test
    void anUpdateOfARowThatMovedOnMeanwhileIsALostRace() throws SQLException {
        List<StockKey> keys = List.of(new StockKey("A", "default"), new StockKey("B", "default"), new StockKey("A", "eu"));
        rows.write(keys.stream().map(k -> write(k, 1, "1", null)).toList(), LocalDateTime.now());
        Map<StockKey, Long> read = versions(keys);
        // Another import moves B on between this import's read and its write.
        rows.write(List.of(write(keys.get(1), 2, "2", read.get(keys.get(1)))), LocalDateTime.now());

        List<StockRows.Write> stale = keys.stream().map(k -> write(k, 3, "3", read.get(k))).toList();
        OptimisticLockException lost = assertThrows(OptimisticLockException.class,
                () -> rows.write(stale, LocalDateTime.now()));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(lost));
        assertEquals(new StockState(2L, new BigDecimal("2.0000")), rows.load(List.of(keys.get(1)), false)
                .get(keys.get(1)).state(), "B keeps the figure of the import that won");
    }

    @Test
    void aFirstInsertOfARowAnotherImportInsertedMeanwhileIsALostRace() throws SQLException {
        StockKey key = new StockKey("NEW", "default");
        rows.write(List.of(write(key, 1, "1", null)), LocalDateTime.now());
        SQLException lost = assertThrows(SQLException.class,
                () -> rows.write(List.of(write(key, 2, "2", null)), LocalDateTime.now()));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(lost));
        assertEquals(1L, rows.load(List.of(key), false).get(key).state().sequenceId());
    }

    private Map<StockKey, Long> versions(List<StockKey> keys) throws SQLException {
        return rows.load(new ArrayList<>(keys), false).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().version()));
    }

    private static StockRows.Write write(StockKey key, long sequence, String qty, Long expectedVersion) {
        BigDecimal quantity = new BigDecimal(qty).setScale(4);
        return new StockRows.Write(key, sequence, quantity, quantity.signum() > 0, expectedVersion);
    }
}
