package dev.inventoryimport.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Every stored time is a UTC {@link LocalDateTime} with microseconds (what both databases keep),
 * so a value read back equals the value written.
 */
public final class UtcClock {

    private static final Clock CLOCK = Clock.systemUTC();

    private UtcClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(CLOCK).truncatedTo(ChronoUnit.MICROS);
    }

    /** ISO-8601 with a zone, as the APIs answer: {@code 2024-02-16T10:00:00.123Z}. */
    public static String iso(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).toInstant().toString();
    }
}
