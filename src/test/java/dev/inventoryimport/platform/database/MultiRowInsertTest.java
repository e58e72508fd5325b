package dev.inventoryimport.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    private final MultiRowInsert<String> insert = new MultiRowInsert<>("INSERT INTO t (a, b) VALUES", 2,
            "ON DUPLICATE KEY UPDATE b = VALUES(b)", (statement, first, row) -> { });

    @Test
    void oneStatementTextPerRowCountWithTheTailAfterTheRows() {
        assertEquals("INSERT INTO t (a, b) VALUES (?, ?) ON DUPLICATE KEY UPDATE b = VALUES(b)", insert.text(1));
        assertEquals("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?) ON DUPLICATE KEY UPDATE b = VALUES(b)",
                insert.text(3));
        assertSame(insert.text(3), insert.text(3), "built once, so the driver's statement cache hits by identity too");
    }

    @Test
    void withoutATailTheTextEndsWithTheLastRow() {
        MultiRowInsert<String> plain = new MultiRowInsert<>("INSERT INTO t (a) VALUES", 1, "", (s, f, r) -> { });
        assertEquals("INSERT INTO t (a) VALUES (?), (?)", plain.text(2));
    }

    @Test
    void aStatementHoldsAtMostMaxRows() {
        String longest = insert.text(MultiRowInsert.MAX_ROWS);
        assertEquals(MultiRowInsert.MAX_ROWS * 2, longest.chars().filter(c -> c == '?').count());
    }
}
