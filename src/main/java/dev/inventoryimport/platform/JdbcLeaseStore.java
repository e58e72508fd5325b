package dev.inventoryimport.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code job_lease} rows over plain JDBC: each method one statement on a connection of its
 * own, committed at once (autocommit), so a lease never waits for, or holds locks for, anything
 * else. Every time is the database's ({@link DatabaseKind#clock()}), never this JVM's. The data
 * source must not join the caller's transaction (the application's non-transactional pool).
 */
public final class JdbcLeaseStore implements JobLeases.Store {

    private final DataSource dataSource;
    private volatile String now;

    public JdbcLeaseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<JobLeases.Lease> read(String job) throws SQLException {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("SELECT holder, TIMESTAMPDIFF(MICROSECOND, " + now
                     + ", expires_at) FROM job_lease WHERE job_name = ?")) {
            s.setString(1, job);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new JobLeases.Lease(rs.getString(1), Duration.ofNanos(rs.getLong(2) * 1_000)));
            }
        }
    }

    @Override
    public boolean insert(String job, String holder, Duration length) throws SQLException {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("INSERT INTO job_lease (job_name, holder, acquired_at, expires_at)"
                     + " VALUES (?, ?, " + now + ", TIMESTAMPADD(MICROSECOND, ?, " + now + "))")) {
            s.setString(1, job);
            s.setString(2, holder);
            s.setLong(3, micros(length));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if (duplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean update(String job, String expected, String holder, Duration length, boolean newTerm)
            throws SQLException {
        // acquired_at from a parameter, not from "holder = ?": MySQL evaluates SET left to right.
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("UPDATE job_lease SET holder = ?,"
                     + " acquired_at = CASE WHEN ? THEN " + now + " ELSE acquired_at END,"
                     + " expires_at = TIMESTAMPADD(MICROSECOND, ?, " + now + ")"
                     + " WHERE job_name = ? AND holder = ? AND (holder = ? OR expires_at <= " + now + ")")) {
            s.setString(1, holder);
            s.setBoolean(2, newTerm);
            s.setLong(3, micros(length));
            s.setString(4, job);
            s.setString(5, expected);
            s.setString(6, holder);
            return s.executeUpdate() == 1;
        }
    }

    @Override
    public int releaseAll(String holder) throws SQLException {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("UPDATE job_lease SET expires_at = " + now
                     + " WHERE holder = ? AND expires_at > " + now)) {
            s.setString(1, holder);
            return s.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (now == null) {
                now = DatabaseKind.of(c).clock();
            }
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static long micros(Duration length) {
        return length.toNanos() / 1_000;
    }

    /** The primary key said no: another instance inserted the row first (SQLSTATE class 23). */
    private static boolean duplicateKey(SQLException e) {
        return e instanceof java.sql.SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }
}
