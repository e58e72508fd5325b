package dev.inventoryimport.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class JobLockTest {

    @Test
    void aRunHoldsTheLockAtMostThreeIntervalsAndAtLeastTenSeconds() {
        assertEquals(Duration.ofSeconds(180), JobLock.longestRun(Duration.ofSeconds(60)));
        assertEquals(Duration.ofHours(3), JobLock.longestRun(Duration.ofHours(1)));
        assertEquals(Duration.ofSeconds(10), JobLock.longestRun(Duration.ofSeconds(2)));
        assertEquals(Duration.ofSeconds(10), JobLock.longestRun(Duration.ZERO));
    }

    /** Shorter than an interval, so the holder's next timer finds the lock free; never past the longest hold. */
    @Test
    void aRunKeepsTheLockFourFifthsOfAnInterval() {
        assertEquals(Duration.ofSeconds(48), JobLock.shortestHold(Duration.ofSeconds(60)));
        assertEquals(Duration.ofMinutes(48), JobLock.shortestHold(Duration.ofHours(1)));
        assertEquals(Duration.ofMillis(800), JobLock.shortestHold(Duration.ofSeconds(1)));
        for (int seconds = 1; seconds <= 7_200; seconds *= 3) {
            Duration interval = Duration.ofSeconds(seconds);
            assertTrue(JobLock.shortestHold(interval).compareTo(JobLock.longestRun(interval)) < 0, interval.toString());
        }
    }

    @Test
    void theHolderIdIsTheHostAndRandomAtMost128Characters() {
        String id = JobLock.holderId("h".repeat(300));
        assertTrue(id.length() <= 128, id);
        assertTrue(JobLock.holderId("web-1").matches("web-1-[0-9a-f]{8}"));
        assertTrue(JobLock.holderId(null).matches("instance-[0-9a-f]{8}"));
        assertNotEquals(JobLock.holderId("web-1"), JobLock.holderId("web-1"), "random per start");
    }
}
