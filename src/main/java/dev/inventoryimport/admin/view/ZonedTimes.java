package dev.inventoryimport.admin.view;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stored times (UTC) as the console shows them, in the store's zone, and the times an operator
 * types into a filter back into UTC. A value: the zone is the one in force for the page being drawn.
 */
public record ZonedTimes(ZoneId zone) {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    /** What column heads say: {@code UTC}, {@code Europe/London}. */
    public String label() {
        return zone.getId();
    }

    /** To the second; empty for no time. */
    public String text(LocalDateTime utc) {
        return utc == null ? "" : SECONDS.format(local(utc));
    }

    /** To the millisecond; empty for no time. */
    public String precise(LocalDateTime utc) {
        return utc == null ? "" : MILLIS.format(local(utc));
    }

    /**
     * A wall-clock time in the store's zone as UTC. In the hour skipped when clocks go forward it
     * is read as the same wall time after the shift; in the hour repeated when they go back, as the
     * earlier of the two (both are ZonedDateTime's rules).
     */
    public LocalDateTime toUtc(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private LocalDateTime local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }
}
