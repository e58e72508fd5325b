package dev.inventoryimport.imports.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetentionCleanupTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 31, 12, 0, 0, 123_456_000);

    /** An in-memory table of old requests: each chunk takes up to the limit of them, oldest first. */
    private static final class FakeStore implements RetentionCleanup.Store {
        final List<LocalDateTime> processedAt = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();
        LocalDateTime cutoffSeen;
        /** Picks that another instance deletes first: picked, but nothing left to delete. */
        int stolen;
        /** Thrown by the chunk of this number (1-based); 0: none. */
        int failAtChunk;
        RuntimeException failure;

        FakeStore(int old, int recent) {
            for (int i = 0; i < old; i++) {
                processedAt.add(NOW.minusDays(40));
            }
            for (int i = 0; i < recent; i++) {
                processedAt.add(NOW.minusDays(1));
            }
        }

        @Override
        public RetentionCleanup.Chunk deleteChunk(LocalDateTime cutoff, int limit) {
            limits.add(limit);
            cutoffSeen = cutoff;
            if (limits.size() == failAtChunk) {
                throw failure;
            }
            List<LocalDateTime> picked = processedAt.stream().filter(t -> t.isBefore(cutoff)).limit(limit).toList();
            if (stolen > 0) {
                stolen--;
                return new RetentionCleanup.Chunk(picked.size(), 0, 0, 0, 0, 0);
            }
            picked.forEach(processedAt::remove);
            int n = picked.size();
            return new RetentionCleanup.Chunk(n, n, n, 2 * n, n / 2, 1);
        }

        long left(LocalDateTime cutoff) {
            return processedAt.stream().filter(t -> t.isBefore(cutoff)).count();
        }
    }

    @Test
    void cutoffIsTheRetentionInDaysBeforeNow() {
        assertEquals(LocalDateTime.of(2024, 3, 1, 12, 0, 0, 123_456_000), RetentionCleanup.cutoff(NOW, 30));
        assertEquals(LocalDateTime.of(2024, 3, 30, 12, 0, 0, 123_456_000), RetentionCleanup.cutoff(NOW, 1));
        assertThrows(IllegalArgumentException.class, () -> RetentionCleanup.cutoff(NOW, 0));
    }

    @Test
    void deletesChunkAfterChunkUntilNoneAreLeft() {
        FakeStore store = new FakeStore(2_500, 40);

        RetentionCleanup.Outcome outcome = RetentionCleanup.run(NOW, 30, 1_000, store);

        assertEquals(List.of(1_000, 1_000, 1_000), store.limits, "two full chunks, then the rest");
        assertEquals(3, outcome.chunks());
        assertEquals(2_500, outcome.deleted().requests());
        assertEquals(5_000, outcome.deleted().lines());
        assertEquals(3, outcome.deleted().notices());
        assertEquals(NOW.minusDays(30), outcome.cutoff());
        assertEquals(NOW.minusDays(30), store.cutoffSeen);
        assertEquals(0, store.left(outcome.cutoff()));
        assertEquals(40, store.processedAt.size(), "recent requests stay");
        assertNull(outcome.stoppedBy());
    }

    @Test
    void anExactMultipleOfTheChunkEndsWithAnEmptyPick() {
        FakeStore store = new FakeStore(2_000, 0);

        RetentionCleanup.Outcome outcome = RetentionCleanup.run(NOW, 30, 1_000, store);

        assertEquals(3, store.limits.size());
        assertEquals(2, outcome.chunks(), "the empty pick is no chunk");
        assertEquals(2_000, outcome.deleted().requests());
    }

    @Test
    void nothingOldMeansOneEmptyPick() {
        FakeStore store = new FakeStore(0, 10);

        RetentionCleanup.Outcome outcome = RetentionCleanup.run(NOW, 30, 1_000, store);

        assertEquals(1, store.limits.size());
        assertEquals(0, outcome.chunks());
        assertEquals(RetentionCleanup.Chunk.NONE, outcome.deleted());
        assertTrue(outcome.summary(3).contains("deleted 0 request(s)"), outcome.summary(3));
    }

    @Test
    void aChunkAnotherInstanceDeletedFirstEndsTheRunQuietly() {
        FakeStore store = new FakeStore(2_500, 0);
        store.stolen = 1;

        RetentionCleanup.Outcome outcome = RetentionCleanup.run(NOW, 30, 1_000, store);

        assertEquals(1, store.limits.size(), "left to the other instance");
        assertNull(outcome.stoppedBy());
        assertEquals(0, outcome.deleted().requests());
    }

    @Test
    void aLockConflictWithAConcurrentRunStopsItKeepingWhatWasDone() {
        FakeStore store = new FakeStore(2_500, 0);
        store.failAtChunk = 2;
        store.failure = new RuntimeException("rolled back", new SQLException("Deadlock found", "40001", 1213));

        RetentionCleanup.Outcome outcome = RetentionCleanup.run(NOW, 30, 1_000, store);

        assertEquals(1, outcome.chunks());
        assertEquals(1_000, outcome.deleted().requests());
        assertSame(store.failure, outcome.stoppedBy());
        assertTrue(outcome.yieldedToConcurrentRun());
        assertTrue(outcome.summary(7).endsWith("the next run continues"), outcome.summary(7));
    }

    @Test
    void anyOtherErrorStopsTheRunAndIsReported() {
        FakeStore store = new FakeStore(10, 0);
        store.failAtChunk = 1;
        store.failure = new IllegalStateException("table inventory_log is missing");

        RetentionCleanup.Outcome outcome = RetentionCleanup.run(NOW, 30, 1_000, store);

        assertEquals(0, outcome.chunks());
        assertFalse(outcome.yieldedToConcurrentRun());
        assertTrue(outcome.summary(1).contains("table inventory_log is missing"), outcome.summary(1));
        assertEquals(10, store.left(outcome.cutoff()));
    }
}
