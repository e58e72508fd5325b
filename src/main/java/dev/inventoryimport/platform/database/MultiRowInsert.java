package dev.inventoryimport.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes many rows as a few multi-row statements, {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?)
 * ... [tail]}, each parameter bound once. Why not a JDBC batch: MySQL's driver turns a batch into
 * the same statement only after copying every bound value into it again, and that copy would be
 * the largest single cost of an import (figures in docs/benchmarks.md).
 *
 * <p>Statements hold at most {@link #MAX_ROWS} rows, so their text stays within the driver's
 * statement cache and every database's parameter limit; the texts are built once per row count.
 */
public final class MultiRowInsert<T> {

    /** Sets one row's parameters, from {@code first} on, in the order of the columns. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    static final int MAX_ROWS = 500;

    private final String head;
    private final String tail;
    private final int columns;
    private final String placeholders;
    private final Binder<T> binder;
    private final Map<Integer, String> texts = new ConcurrentHashMap<>();

    /**
     * @param head    {@code INSERT INTO table (column, ...) VALUES}
     * @param columns how many parameters one row has
     * @param tail    what follows the rows ({@code ON DUPLICATE KEY UPDATE ...}), or empty
     */
    public MultiRowInsert(String head, int columns, String tail, Binder<T> binder) {
        this.head = head;
        this.tail = tail;
        this.columns = columns;
        this.placeholders = "(" + "?, ".repeat(columns - 1) + "?)";
        this.binder = binder;
    }

    /** Writes {@code rows} in their order; returns the update counts the database reported, summed. */
    public long write(Connection connection, List<T> rows) throws SQLException {
        long counted = 0;
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
            try (PreparedStatement statement = connection.prepareStatement(text(chunk.size()))) {
                int parameter = 1;
                for (T row : chunk) {
                    binder.bind(statement, parameter, row);
                    parameter += columns;
                }
                counted += statement.executeUpdate();
            }
        }
        return counted;
    }

    String text(int rows) {
        return texts.computeIfAbsent(rows, n -> {
            StringBuilder sql = new StringBuilder(head.length() + tail.length() + n * (placeholders.length() + 2));
            sql.append(head).append(' ');
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "" : ", ").append(placeholders);
            }
            return sql.append(tail.isEmpty() ? "" : " ").append(tail).toString();
        });
    }
}
