package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ConcurrentStartTest {

    @Test
    void aSeedThatLostTheRaceIsRunAgainAndThenSucceeds() {
        AtomicInteger runs = new AtomicInteger();
        ConcurrentStart.seed("a row", () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("Duplicate entry 'IMPORT_ENABLED' for key 'PRIMARY'");
            }
        });
        assertEquals(2, runs.get());
    }

    @Test
    void aSeedThatKeepsFailingFailsTheStartWithItsOwnError() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException last = new IllegalStateException("database unreachable");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ConcurrentStart.seed("a row", () -> {
            runs.incrementAndGet();
            throw last;
        }));
        assertSame(last, thrown);
        assertEquals(ConcurrentStart.ATTEMPTS, runs.get());
    }
}
