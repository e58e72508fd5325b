package dev.inventoryimport.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeasedIntervalJobTest {

    private final List<String> runs = new ArrayList<>();
    private final List<RuntimeException> skipped = new ArrayList<>();

    @Test
    void runsTheJobWhenThisInstanceTakesTheLock() {
        LeasedIntervalJob.runLocked(job -> {
            job.run();
            return true;
        }, () -> runs.add("run"), skipped::add);
        assertEquals(List.of("run"), runs);
        assertEquals(List.of(), skipped);
    }

    @Test
    void leavesTheJobToTheLockHolder() {
        LeasedIntervalJob.runLocked(job -> false, () -> runs.add("run"), skipped::add);
        assertEquals(List.of(), runs);
        assertEquals(List.of(), skipped);
    }

    @Test
    void aFailingJobIsReportedNotThrown() {
        IllegalStateException failure = new IllegalStateException("database down");
        LeasedIntervalJob.runLocked(job -> {
            job.run();
            return true;
        }, () -> {
            throw failure;
        }, skipped::add);
        assertEquals(List.of(failure), skipped);
    }

    @Test
    void aFailingLockIsReportedNotThrown() {
        LeasedIntervalJob.runLocked(job -> {
            throw new IllegalStateException("lock table unreachable");
        }, () -> runs.add("run"), skipped::add);
        assertEquals("lock table unreachable", skipped.get(0).getMessage());
        assertEquals(List.of(), runs);
    }
}
