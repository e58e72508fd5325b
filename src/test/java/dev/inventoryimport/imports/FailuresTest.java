package dev.inventoryimport.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("Transaction aborted", new IllegalStateException("flush failed", cause));
    }

    @Test
    void conflictsAreRetried() {
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(wrapped(new jakarta.persistence.OptimisticLockException("v"))));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(wrapped(new SQLException("Deadlock found", "40001", 1213))));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(wrapped(new SQLException("Lock wait timeout", "HY000", 1205))));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(wrapped(new SQLException("Timeout trying to lock", "HYT00", 50200))));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(
                wrapped(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(wrapped(new SQLException("Unique index", "23505", 23505))));
    }

    @Test
    void lostConnectionsLeaveTheRequestPending() {
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(wrapped(new SQLNonTransientConnectionException("gone"))));
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(wrapped(new SQLException("link failure", "08S01", 0))));
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(wrapped(new jakarta.jms.JMSException("broker down"))));
    }

    @Test
    void everythingElseFails() {
        assertEquals(Failures.Kind.PERMANENT, Failures.classify(
                wrapped(new SQLIntegrityConstraintViolationException("CONSTRAINT `it_poison` failed", "23000", 4025))));
        assertEquals(Failures.Kind.PERMANENT, Failures.classify(new IllegalStateException("bug")));
    }

    @Test
    void describeKeepsTheMessagesWithoutRepeatingThem() {
        String text = Failures.describe(wrapped(new SQLException("CONSTRAINT `it_poison` failed", "23000", 4025)));
        assertTrue(text.contains("it_poison"), text);
        assertTrue(text.startsWith("RuntimeException: Transaction aborted"), text);
    }
}
