package dev.inventoryimport.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ids for the rows written in plain JDBC (requests at intake, import reports), taken in blocks from
 * {@code id_gen} the way EclipseLink's table generators take them (add the block size, read the new
 * high mark), so a generator on the same row could never hand out the same id, on any instance.
 * Each block is taken in a short transaction of its own on the pool that joins no other, so the row
 * is never locked until the caller's transaction commits.
 */
@ApplicationScoped
public class IdBlocks {

    /** A row of {@code id_gen}, with the block size taken from it. */
    public enum Row {
        REQUEST("request"), IMPORT("import");

        static final int BLOCK = 100;
        private final String name;

        Row(String name) {
            this.name = name;
        }
    }

    /** Ids from {@code next} up to {@code end}, exclusive. */
    private record Block(long next, long end) {
        boolean isEmpty() {
            return next == end;
        }
    }

    @Resource(lookup = DataSources.NON_TRANSACTIONAL)
    DataSource dataSource;

    /** Per row: the block in use first, then blocks taken meanwhile by concurrent callers. */
    private final Map<Row, Deque<Block>> blocks = new EnumMap<>(Row.class);

    public long next(Row row) throws SQLException {
        synchronized (this) {
            Long id = takeFrom(blocks.computeIfAbsent(row, r -> new ArrayDeque<>()));
            if (id != null) {
                return id;
            }
        }
        // Out of ids: take a block without holding the others up (a round trip and a commit).
        // Callers that run out meanwhile take blocks of their own; none is wasted, all are used.
        long high = take(row);
        synchronized (this) {
            blocks.get(row).addLast(new Block(high - Row.BLOCK + 2, high + 1));
            return high - Row.BLOCK + 1;
        }
    }

    private static Long takeFrom(Deque<Block> queue) {
        while (!queue.isEmpty()) {
            Block b = queue.pollFirst();
            if (!b.isEmpty()) {
                queue.addFirst(new Block(b.next() + 1, b.end()));
                return b.next();
            }
        }
        return null;
    }

    private long take(Row row) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement add = c.prepareStatement("UPDATE id_gen SET gen_value = gen_value + ? WHERE gen_name = ?");
                 PreparedStatement read = c.prepareStatement("SELECT gen_value FROM id_gen WHERE gen_name = ?")) {
                add.setInt(1, Row.BLOCK);
                add.setString(2, row.name);
                if (add.executeUpdate() != 1) {
                    throw new SQLException("id_gen has no row '" + row.name + "'");
                }
                read.setString(1, row.name);
                long high;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    high = rs.getLong(1);
                }
                c.commit();
                return high;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
