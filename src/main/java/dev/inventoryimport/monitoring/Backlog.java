package dev.inventoryimport.monitoring;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The requests stored but not yet imported (Pending), and when the oldest of them arrived (UTC;
 * null when there is none).
 */
record Backlog(long pending, LocalDateTime oldestReceivedAt) {

    /** Age of the oldest Pending request at {@code now}, in seconds; 0 when nothing is Pending. */
    double oldestAgeSeconds(LocalDateTime now) {
        if (oldestReceivedAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldestReceivedAt, now).toMillis() / 1000.0);
    }
}
