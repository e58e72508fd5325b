package dev.inventoryimport.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CPU time out of {@code /proc} (the thread name may hold spaces and parentheses), and what it adds up to. */
class CpuMeterTest {

    @Test
    void readsUserAndSystemTimeAfterANameWithSpacesAndParentheses(@TempDir Path dir) throws IOException {
        Path stat = dir.resolve("stat");
        // Fields 14 (utime) and 15 (stime): 1234 and 566 ticks.
        Files.writeString(stat, "4242 (C2 Compiler (x)) S 1 4242 4242 0 -1 4194368 1 0 0 0 1234 566 0 0 20 0 40 0 100 0 0\n");
        assertEquals(18.0, CpuMeter.cpuSeconds(stat), 1e-9);
    }

    @Test
    void readsIdleAndIoWaitOfEveryCore(@TempDir Path dir) throws IOException {
        Path stat = dir.resolve("stat");
        // user nice system idle iowait irq softirq ...: 700 + 50 ticks idle or waiting.
        Files.writeString(stat, "cpu  100 2 30 700 50 0 3 0 0 0\ncpu0 50 1 15 350 25 0 1 0 0 0\n");
        assertEquals(7.5, CpuMeter.idleSeconds(stat), 1e-9);
    }

    @Test
    void compilersShareOfTheServiceCpuBetweenTwoReadings() {
        CpuMeter.Reading before = new CpuMeter.Reading(10, 5, 2, 1, 0, 100);
        CpuMeter.Reading after = new CpuMeter.Reading(14, 6, 2.5, 1, 0, 102);
        assertEquals(0.125, after.minus(before).compileShare(), 1e-9);
        // A compiler thread that ended took its time with it: not known, so no share.
        assertEquals(0, new CpuMeter.Reading(4, 1, -1, 0, 0, 2).compileShare(), 1e-9);
    }

    @Test
    void readsThisProcess() throws IOException {
        assertTrue(CpuMeter.cpuSeconds(ProcessHandle.current().pid()) > 0);
    }
}
