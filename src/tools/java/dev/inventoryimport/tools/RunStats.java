package dev.inventoryimport.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the workers observe, collected without a shared lock (adders and concurrent queues) so that
 * counting never becomes the bottleneck of a load run. Also the percentile rule, kept here as one
 * static function so the summary and the tests use the same definition.
 */
final class RunStats {

    private final long startNanos = System.nanoTime();
    private final LongAdder sent = new LongAdder();
    private final LongAdder acked = new LongAdder();
    private final LongAdder updatesSent = new LongAdder();
    private final LongAdder updatesAcked = new LongAdder();
    private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> requestIds = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private long lastProgressNanos = startNanos;
    private long lastProgressAcked;

    void sending(PushMessage m) {
        sent.increment();
        updatesSent.add(m.updates().size());
    }

    void answered(PushMessage m, PushSender.Outcome o, long latencyNanos) {
        if (o.acknowledged()) {
            acked.increment();
            updatesAcked.add(m.updates().size());
            latencies.add(latencyNanos);
            if (o.requestId() != null) {
                requestIds.add(o.requestId());
            }
        } else {
            String kind = o.status() < 0 ? "transport " + o.error() : "HTTP " + o.status();
            faults.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    long startNanos() {
        return startNanos;
    }

    /** One progress line; its rate covers the time since the previous line. Called from one thread. */
    String progressLine() {
        long now = System.nanoTime();
        long a = acked.sum();
        double rate = (a - lastProgressAcked) / Math.max(1e-9, (now - lastProgressNanos) / 1e9);
        lastProgressNanos = now;
        lastProgressAcked = a;
        long faultCount = faults.values().stream().mapToLong(LongAdder::sum).sum();
        return String.format(Locale.ROOT, "push-simulator: %4.0f s  sent %d  acknowledged %d  faults %d  %.1f msg/s",
                (now - startNanos) / 1e9, sent.sum(), a, faultCount, rate);
    }

    long sent() {
        return sent.sum();
    }

    long acknowledged() {
        return acked.sum();
    }

    long updatesSent() {
        return updatesSent.sum();
    }

    long updatesAcknowledged() {
        return updatesAcked.sum();
    }

    Map<String, Long> faults() {
        Map<String, Long> m = new TreeMap<>();
        faults.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    List<Long> requestIds() {
        return new ArrayList<>(requestIds);
    }

    List<Long> latencies() {
        return new ArrayList<>(latencies);
    }

    /**
     * Nearest-rank percentile: the smallest sample with at least {@code p}% of samples at or below
     * it. Always an observed value, never an interpolation, which is what a latency target means.
     *
     * @return NaN for no samples
     */
    static double percentile(long[] samples, double p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        // p * n first: p / 100 * n would make 95 % of 20 samples 19.000000000000004, one rank too high.
        int rank = (int) Math.ceil(p * sorted.length / 100.0);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
