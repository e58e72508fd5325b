package dev.inventoryimport.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.platform.database.MultiRowInsert;
import dev.inventoryimport.platform.database.UtcTimestampConverter;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.RequestStatus;
import dev.inventoryimport.requests.StoredBody;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An import's own rows, in plain JDBC on the local pool ({@link DataSources#LOCAL}): the
 * claim and status of its request, the applied-message guard, the report row, the inventory log
 * and the failure notice, in the caller's transaction, one or two statements each. Why not JPA: the
 * entity machinery of these few rows cost more CPU per message than the SQL, and an entity manager
 * would join the transaction through the XA pool, a second database branch.
 */
@ApplicationScoped
public class ImportStore {

    /** What a claim found. */
    public sealed interface Claim permits Claimed, Unclaimed {
    }

    /** The request is this import's until its transaction ends. */
    public record Claimed(long messageId, Contract contract) implements Claim {
    }

    /** Why there was nothing to claim. */
    public enum Unclaimed implements Claim {
        /** No such row visible yet: the trigger can overtake the commit of the row it names. */
        NOT_VISIBLE,
        /** Processed, Repeated or Failed already: a duplicate trigger. */
        NOT_PENDING
    }

    @Resource(lookup = DataSources.LOCAL)
    DataSource dataSource;

    /**
     * Claims a Pending request: a conditional update that also locks its row until the transaction
     * ends, so a redelivered or re-sent trigger for it waits, then finds it no longer Pending. It counts
     * the attempt, which commits with the import; an attempt that rolls back is counted afterwards, in
     * a transaction of its own ({@link #failedAttempt}).
     */
    public Claim claim(long requestId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int claimed;
            try (PreparedStatement update = c.prepareStatement("UPDATE inventory_request SET attempts = attempts + 1"
                    + " WHERE id = ? AND status = 'PENDING'")) {
                update.setLong(1, requestId);
                claimed = update.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT message_id, contract, status FROM inventory_request"
                    + " WHERE id = ?")) {
                select.setLong(1, requestId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Unclaimed.NOT_VISIBLE;
                    }
                    if (claimed == 1) {
                        return new Claimed(rs.getLong(1), Contract.valueOf(rs.getString(2)));
                    }
                    // Still Pending yet not claimable: the commit of the row is not finished.
                    return RequestStatus.valueOf(rs.getString(3)) == RequestStatus.PENDING
                            ? Unclaimed.NOT_VISIBLE : Unclaimed.NOT_PENDING;
                }
            }
        }
    }

    /** The body exactly as received (stored compressed or not). */
    public byte[] body(long requestId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT body FROM inventory_request WHERE id = ?")) {
            select.setLong(1, requestId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Request " + requestId + " vanished while claimed");
                }
                return StoredBody.fromColumn(rs.getBytes(1));
            }
        }
    }

    /** The request that applied {@code messageId}, if one did. */
    public Optional<Long> appliedBy(long messageId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT request_id FROM processed_message WHERE message_id = ?")) {
            select.setLong(1, messageId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Records that {@code requestId} applies {@code messageId}. The primary key stops two requests of
     * one message from both being applied: the second fails here (a conflict) and is then Repeated.
     * Retention never removes these rows: duplicate detection must not weaken with age.
     */
    public void applying(long messageId, long requestId) throws SQLException {
        update("INSERT INTO processed_message (message_id, request_id) VALUES (?, ?)", messageId, requestId);
    }

    public void insertReport(long importId, long requestId, long messageId, ImportPlan plan, LocalDateTime at)
            throws SQLException {
        update("INSERT INTO inventory_import (id, request_id, message_id, successes, duplicates, superseded, failures,"
                        + " processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", importId, requestId, messageId,
                plan.count(LineResult.SUCCESS), plan.count(LineResult.DUPLICATE), plan.count(LineResult.SUPERSEDED),
                plan.count(LineResult.FAILURE), time(at));
    }

    public void markProcessed(long requestId, LocalDateTime at) throws SQLException {
        update("UPDATE inventory_request SET status = 'PROCESSED', processed_at = ?, error = NULL WHERE id = ?",
                time(at), requestId);
    }

    public void markRepeated(long requestId, long earlierRequestId, LocalDateTime at) throws SQLException {
        update("UPDATE inventory_request SET status = 'REPEATED', repeats_request_id = ?, processed_at = ?, error = NULL"
                + " WHERE id = ?", earlierRequestId, time(at), requestId);
    }

    /**
     * The dead letter: Failed with its error, if still Pending.
     *
     * @param countAttempt whether the attempt that failed is still to be counted (not when
     *                     {@link #failedAttempt} counted it)
     * @return whether it was marked (false: another attempt ended it meanwhile)
     */
    public boolean markFailed(long requestId, String error, LocalDateTime at, boolean countAttempt) throws SQLException {
        return update("UPDATE inventory_request SET status = 'FAILED', error = ?, processed_at = ?, attempts = attempts + ?"
                + " WHERE id = ? AND status = 'PENDING'", error, time(at), countAttempt ? 1 : 0, requestId) == 1;
    }

    /**
     * Counts an attempt that rolled back (its claim's count went with it) and keeps its error as the
     * request's last one, while the request is still Pending; in the caller's own transaction. The
     * sweeper leaves the request alone for its grace period after {@code at}.
     *
     * @return the request's attempts in all, or {@link RetryRule#NOT_COUNTED} if it is no longer Pending
     */
    public int failedAttempt(long requestId, String error, LocalDateTime at) throws SQLException {
        if (update("UPDATE inventory_request SET attempts = attempts + 1, error = ?, last_attempt_at = ?"
                + " WHERE id = ? AND status = 'PENDING'", error, time(at), requestId) == 0) {
            return RetryRule.NOT_COUNTED;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT attempts FROM inventory_request WHERE id = ?")) {
            select.setLong(1, requestId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : RetryRule.NOT_COUNTED;
            }
        }
    }

    /**
     * Logs the superseded lines in the inventory log, each with the sequence id it lost to, in the
     * form their report lines are stored ({@link ImportLine}).
     */
    public void logSuperseded(long importId, long requestId, long messageId, List<LineDecision> lines, LocalDateTime at)
            throws SQLException {
        String loggedAt = time(at);
        List<SupersededEntry> entries = lines.stream().filter(l -> l.result() == LineResult.SUPERSEDED)
                .map(l -> new SupersededEntry(loggedAt, requestId, messageId, ImportLine.of(importId, l),
                        l.sequenceInForce()))
                .toList();
        try (Connection c = dataSource.getConnection()) {
            SUPERSEDED.write(c, entries);
        }
    }

    /** A row of the inventory log for a superseded line. */
    private record SupersededEntry(String loggedAt, long requestId, long messageId, ImportLine line, Long inForce) {
    }

    private static final MultiRowInsert<SupersededEntry> SUPERSEDED = new MultiRowInsert<>("INSERT INTO inventory_log"
            + " (logged_at, kind, request_id, import_id, message_id, source, sku, sequence_id, sequence_in_force,"
            + " qty_received, message) VALUES", 11, "", (insert, first, e) -> {
                insert.setString(first, e.loggedAt());
                insert.setString(first + 1, LogKind.SUPERSEDED.name());
                insert.setLong(first + 2, e.requestId());
                insert.setLong(first + 3, e.line().importId());
                insert.setLong(first + 4, e.messageId());
                insert.setString(first + 5, e.line().source());
                insert.setString(first + 6, e.line().sku());
                insert.setObject(first + 7, e.line().sequenceId(), Types.BIGINT);
                insert.setObject(first + 8, e.inForce(), Types.BIGINT);
                insert.setObject(first + 9, e.line().qtyReceived(), Types.DECIMAL);
                insert.setString(first + 10, e.line().message());
            });

    public void logRepeated(long requestId, long messageId, long earlierRequestId, LocalDateTime at) throws SQLException {
        update("INSERT INTO inventory_log (logged_at, kind, request_id, message_id, message) VALUES (?, 'REPEATED', ?, ?, ?)",
                time(at), requestId, messageId, "Message " + messageId + " was received before (request "
                        + earlierRequestId + "): not processed again");
    }

    /** Raises the console's failure banner for the request; a second failure of it keeps one notice. */
    public void raiseFailureNotice(long requestId, LocalDateTime at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT 1 FROM failure_notice WHERE request_id = ?")) {
            select.setLong(1, requestId);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        update("INSERT INTO failure_notice (request_id, raised_at) VALUES (?, ?)", requestId, time(at));
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static String time(LocalDateTime at) {
        return UtcTimestampConverter.toColumn(at);
    }
}
