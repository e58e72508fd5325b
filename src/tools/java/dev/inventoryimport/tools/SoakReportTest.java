package dev.inventoryimport.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inventoryimport.tools.SoakReport.Sample;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The soak test's arithmetic and verdicts, on made-up samples. */
class SoakReportTest {

    private static Sample at(double seconds, double heapMb, long threads, Long connections) {
        return new Sample(seconds, true, 0, 0, heapMb, threads, 100, connections, 500);
    }

    @Test
    void slopeIsMegabytesPerMinuteOverTheSecondHalfOnly() {
        // First half climbs steeply (warm-up); the second half grows 1 MB per 30 s = 2 MB/min.
        SoakReport report = new SoakReport(List.of(at(30, 50, 80, 5L), at(60, 80, 80, 5L), at(120, 100, 80, 5L),
                at(150, 101, 80, 5L), at(180, 102, 80, 5L), at(210, 103, 80, 5L)), 240);
        assertEquals(2.0, report.heapSlopePerMinute(), 1e-9);
        assertEquals(Double.NaN, SoakReport.slope(List.of(new double[]{1, 2})));
    }

    @Test
    void heapWithinTwentyPercentOfTheFirstSampleIsSteady() {
        assertTrue(new SoakReport(List.of(at(30, 100, 80, 5L), at(60, 140, 80, 5L), at(90, 120, 80, 5L)), 90)
                .heapSteady());
        assertFalse(new SoakReport(List.of(at(30, 100, 80, 5L), at(60, 100, 80, 5L), at(90, 120.5, 80, 5L)), 90)
                .heapSteady());
    }

    @Test
    void threadsMayNotEndAboveTheirFirstTwoSamples() {
        SoakReport peakThatWentAway = new SoakReport(List.of(at(30, 100, 80, 5L), at(60, 100, 84, 6L),
                at(90, 100, 95, 9L), at(120, 100, 84, 6L)), 120);
        assertTrue(peakThatWentAway.notGrowing(Sample::threads));
        assertTrue(peakThatWentAway.notGrowing(s -> s.dbConnections()));
        SoakReport growing = new SoakReport(List.of(at(30, 100, 80, 5L), at(60, 100, 84, 6L),
                at(90, 100, 85, 6L), at(120, 100, 86, 7L)), 120);
        assertFalse(growing.notGrowing(Sample::threads));
        assertFalse(growing.notGrowing(s -> s.dbConnections()));
    }

    @Test
    void h2HasNoConnectionFigure() {
        String figures = new SoakReport(List.of(at(30, 100, 80, null), at(60, 100, 80, null)), 60).figures();
        assertTrue(figures.contains("not counted on H2"), figures);
    }
}
