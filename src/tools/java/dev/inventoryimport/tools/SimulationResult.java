package dev.inventoryimport.tools;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did and what the service must now hold. The expected state assumes every message was
 * acknowledged ({@link #allAcknowledged()}); a benchmark compares it with the stock API once the
 * imports have drained, and follows the acknowledged request ids through the request API.
 *
 * @param expected        per SKU, the quantity and sequence id of the newest update generated
 * @param requestIds      {@code X-Request-Id} of every acknowledged push, in completion order
 * @param ackLatencyNanos time from send to answer of every acknowledged push, in completion order
 * @param nextSeqBase     above every id this run used: {@code --seq-base} for a run that must be newer
 */
public record SimulationResult(SimulationConfig config, long messagesSent, long acknowledged,
                               long skuUpdatesSent, long skuUpdatesAcknowledged, Map<String, Long> faults,
                               Duration duration, List<Long> requestIds, List<Long> ackLatencyNanos,
                               Map<String, ExpectedStock> expected, long nextSeqBase) {

    /** What the stock API must show for a SKU of the default source after the run. */
    public record ExpectedStock(BigDecimal qty, long sequenceId) {
    }

    public SimulationResult {
        faults = Map.copyOf(faults);
        requestIds = List.copyOf(requestIds);
        ackLatencyNanos = List.copyOf(ackLatencyNanos);
        expected = Map.copyOf(expected);
    }

    public boolean allAcknowledged() {
        return messagesSent > 0 && acknowledged == messagesSent;
    }

    public double messagesPerSecond() {
        return acknowledged / seconds();
    }

    public double skuUpdatesPerSecond() {
        return skuUpdatesAcknowledged / seconds();
    }

    /** Acknowledgement latency at percentile {@code p} (nearest rank), in ms; NaN without samples. */
    public double latencyMillis(double p) {
        return RunStats.percentile(ackLatencyNanos.stream().mapToLong(Long::longValue).toArray(), p) / 1e6;
    }

    public String summary() {
        String faultText = faults.isEmpty() ? "none" : faults.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, """
                contract %s, mode %s, %s, seq-base %d, concurrency %d
                messages sent     %d (%d SKU updates)
                acknowledged      %d (%d SKU updates)
                faults            %s
                duration          %.3f s
                throughput        %.1f messages/s, %.1f SKU updates/s (acknowledged)
                ack latency       %s
                next run          --seq-base %d or later
                """, config.contract().cliName(), config.mode().cliName(), config.baseUrl(), config.seqBase(),
                config.concurrency(), messagesSent, skuUpdatesSent, acknowledged, skuUpdatesAcknowledged, faultText,
                seconds(), messagesPerSecond(), skuUpdatesPerSecond(),
                latencyText(), nextSeqBase) + schedule();
    }

    private String latencyText() {
        return ackLatencyNanos.isEmpty() ? "none (nothing acknowledged)" : String.format(Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", latencyMillis(50), latencyMillis(95), latencyMillis(99));
    }

    /**
     * An incremental run sends a fixed number of messages (same seed, same workload), so a service
     * slower than the rate needs shows up as a longer run; say so rather than let the lower rate pass
     * for the asked one.
     */
    private String schedule() {
        if (config.mode() != SimulationConfig.Mode.INCREMENTAL) {
            return "";
        }
        // Repeats are real sends and keep the rate, so they lengthen the run: plan on what was sent.
        double planned = messagesSent / config.rate();
        double late = seconds() - planned;
        return String.format(Locale.ROOT, "schedule          %d messages at %.1f/s: %.1f s planned%s%n",
                messagesSent, config.rate(), planned, late <= Math.max(0.5, planned * 0.05) ? ", kept"
                        : String.format(Locale.ROOT, ", %.1f s behind: answers took longer than %d workers allow"
                        + " (raise --concurrency)", late, config.concurrency()));
    }

    private double seconds() {
        return Math.max(1e-9, duration.toNanos() / 1e9);
    }
}
