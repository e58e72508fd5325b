package dev.inventoryimport.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DatabaseKind;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.support.AbstractStorageAccessor;
import net.javacrumbs.shedlock.support.LockException;

/**
 * ShedLock's lock rows (the {@code shedlock} table, ShedLock's own columns) over plain JDBC, every
 * time the database's ({@link DatabaseKind#clock()}): an instance whose clock is off neither takes a
 * lock early nor keeps one late. ShedLock's {@code StorageBasedLockProvider} drives it: insert the
 * row (the primary key lets one instance through), else take it over once {@code lock_until} has
 * passed (the update's condition lets one through). Each statement runs on a connection of its own,
 * committed at once; the data source must not join the caller's transaction.
 */
public final class DbTimeLockStorage extends AbstractStorageAccessor {

    private final DataSource dataSource;
    private final String holder;
    private final String now;

    /**
     * @param holder this instance's {@code locked_by}, unique per instance: a lock is released only
     *               by the instance that holds it
     */
    public DbTimeLockStorage(DataSource dataSource, DatabaseKind kind, String holder) {
        this.dataSource = dataSource;
        this.holder = holder;
        this.now = kind.clock();
    }

    @Override
    public boolean insertRecord(LockConfiguration lock) {
        try {
            return update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                    + " VALUES (?, " + plusMicros(now) + ", " + now + ", ?)",
                    lock.getName(), micros(lock.getLockAtMostFor()), holder) == 1;
        } catch (SQLException e) {
            if (duplicateKey(e)) {
                return false;
            }
            throw new LockException("Lock " + lock.getName() + " not inserted: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean updateRecord(LockConfiguration lock) {
        try {
            return update("UPDATE shedlock SET lock_until = " + plusMicros(now) + ", locked_at = " + now
                    + ", locked_by = ? WHERE name = ? AND lock_until <= " + now,
                    micros(lock.getLockAtMostFor()), holder, lock.getName()) == 1;
        } catch (SQLException e) {
            throw new LockException("Lock " + lock.getName() + " not taken: " + e.getMessage(), e);
        }
    }

    /** Frees the lock at the end of its least time (from when it was taken), or now if that has passed. */
    @Override
    public void unlock(LockConfiguration lock) {
        try {
            update("UPDATE shedlock SET lock_until = GREATEST(" + plusMicros("locked_at") + ", " + now + ")"
                    + " WHERE name = ? AND locked_by = ?", micros(lock.getLockAtLeastFor()), lock.getName(), holder);
        } catch (SQLException e) {
            throw new LockException("Lock " + lock.getName() + " not released (it expires instead): "
                    + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                return s.executeUpdate();
            }
        }
    }

    /** {@code time} plus a number of microseconds, bound as a parameter in its place. */
    private static String plusMicros(String time) {
        return "TIMESTAMPADD(MICROSECOND, ?, " + time + ")";
    }

    private static long micros(java.time.Duration d) {
        return d.toNanos() / 1_000;
    }

    /** The primary key said no: another instance inserted the row first (SQLSTATE class 23). */
    private static boolean duplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }
}
