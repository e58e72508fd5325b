package dev.inventoryimport.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class BacklogTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-01-01T12:00:00");

    @Test
    void oldestAgeIsSecondsSinceTheOldestPendingArrived() {
        assertEquals(90.5, new Backlog(3, NOW.minusSeconds(90).minusNanos(500_000_000)).oldestAgeSeconds(NOW));
    }

    @Test
    void nothingPendingIsAgeZero() {
        assertEquals(0, new Backlog(0, null).oldestAgeSeconds(NOW));
    }

    @Test
    void aClockBehindTheWriterIsNeverANegativeAge() {
        assertEquals(0, new Backlog(1, NOW.plusSeconds(1)).oldestAgeSeconds(NOW));
    }
}
