package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeasedIntervalJobTest {

    private final List<String> runs = new ArrayList<>();
    private final List<RuntimeException> skipped = new ArrayList<>();

    @Test
    void runsTheJobWhenThisInstanceHoldsTheLease() {
        LeasedIntervalJob.runLeased(() -> true, () -> runs.add("run"), skipped::add);
        assertEquals(List.of("run"), runs);
        assertEquals(List.of(), skipped);
    }

    @Test
    void leavesTheJobToTheLeaseHolder() {
        LeasedIntervalJob.runLeased(() -> false, () -> runs.add("run"), skipped::add);
        assertEquals(List.of(), runs);
    }

    @Test
    void aFailingJobIsReportedNotThrown() {
        IllegalStateException failure = new IllegalStateException("database down");
        LeasedIntervalJob.runLeased(() -> true, () -> {
            throw failure;
        }, skipped::add);
        assertEquals(List.of(failure), skipped);
    }

    @Test
    void aFailingLeaseCheckIsReportedNotThrown() {
        LeasedIntervalJob.runLeased(() -> {
            throw new IllegalStateException("lease table unreachable");
        }, () -> runs.add("run"), skipped::add);
        assertEquals("lease table unreachable", skipped.get(0).getMessage());
        assertEquals(List.of(), runs);
    }
}
