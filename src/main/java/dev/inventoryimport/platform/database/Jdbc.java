package dev.inventoryimport.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * Plain JDBC statements on the XA pool ({@link DataSources#TRANSACTIONAL}) for the tables kept in
 * JDBC, where the console, the read APIs, the feeds and retention use them: inside a caller's
 * transaction a statement shares its connection with JPA, without one it runs on its own. Parameters
 * are always bound; a database error is a {@link PersistenceException}, as from JPA.
 */
@ApplicationScoped
public class Jdbc {

    /** Reads one row of a result, the cursor on it. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Resource(lookup = DataSources.TRANSACTIONAL)
    DataSource dataSource;

    public Jdbc() {
    }

    /** Outside the container: statements on {@code dataSource}. */
    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> select(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** The first column of the first row of a {@code SELECT COUNT(*) ...}. */
    public long count(String sql, Object... parameters) {
        return select(sql, rs -> rs.getLong(1), parameters).get(0);
    }

    /** @return the rows the statement changed */
    public int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            bind(update, parameters);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** {@code ?, ?, ?} for an {@code IN (...)} list of {@code count} values, at least one. */
    public static String placeholders(int count) {
        return "?, ".repeat(count - 1) + "?";
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
