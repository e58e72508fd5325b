package dev.inventoryimport.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The soak test's figures: one line per sample while it runs, then first/last/min/max of each
 * figure, the slope of used heap over the second half, and whether heap, threads, file descriptors
 * and database connections stayed steady. Plain arithmetic on samples, kept apart from
 * {@link Soak} so the rules are tested without a service.
 */
final class SoakReport {

    /** Heap after a full GC may end this much above its first sample and still count as steady. */
    static final double HEAP_TOLERANCE = 0.20;

    /**
     * One sample of the service.
     *
     * @param elapsedSeconds since the stream started
     * @param streaming      taken while the stream ran (not the sample after the drain)
     * @param dbConnections  connections the service holds on MariaDB; {@code null} on H2 (not counted)
     */
    record Sample(double elapsedSeconds, boolean streaming, long acked, long pending, double heapMb, long threads,
                  long fds, Long dbConnections, double rssMb) {
    }

    private final List<Sample> samples;
    private final double streamSeconds;

    /** @param streamSeconds how long the stream lasted: its second half is where the heap slope is taken */
    SoakReport(List<Sample> samples, double streamSeconds) {
        this.samples = List.copyOf(samples);
        this.streamSeconds = streamSeconds;
    }

    static String header() {
        return String.format(Locale.ROOT, "%8s %9s %8s %9s %8s %6s %9s %8s",
                "elapsed", "acked", "pending", "heap MB", "threads", "fds", "db conns", "RSS MB");
    }

    static String line(Sample s) {
        return String.format(Locale.ROOT, "%8s %9d %8d %9.1f %8d %6d %9s %8.1f",
                s.streaming() ? clock(s.elapsedSeconds()) : "end", s.acked(), s.pending(), s.heapMb(), s.threads(),
                s.fds(), s.dbConnections() == null ? "n/a" : s.dbConnections().toString(), s.rssMb());
    }

    /** m:ss */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The figures table with verdicts, and the heap slope line. */
    String figures() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s  %s%n", "figure", "first", "last", "min", "max",
                "verdict"));
        row(b, "pending", Sample::pending, "%.0f", "");
        row(b, "heap after GC MB", Sample::heapMb, "%.1f", heapVerdict());
        row(b, "threads", Sample::threads, "%.0f", notGrowingVerdict(Sample::threads));
        row(b, "open fds", Sample::fds, "%.0f", notGrowingVerdict(Sample::fds));
        if (samples.stream().allMatch(s -> s.dbConnections() != null)) {
            row(b, "db connections", s -> s.dbConnections(), "%.0f", notGrowingVerdict(s -> s.dbConnections()));
        } else {
            b.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s  %s%n", "db connections", "n/a", "n/a", "n/a",
                    "n/a", "not counted on H2 (embedded)"));
        }
        row(b, "RSS MB", Sample::rssMb, "%.1f", "not judged: includes heap the JVM has committed");
        double slope = heapSlopePerMinute();
        b.append(String.format(Locale.ROOT, "heap after GC, slope over the second half: %s%n",
                Double.isNaN(slope) ? "n/a (fewer than 2 samples)" : String.format(Locale.ROOT, "%+.2f MB/min", slope)));
        return b.toString();
    }

    private void row(StringBuilder b, String name, ToDoubleFunction<Sample> f, String format, String verdict) {
        if (samples.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s  %s%n", name, "-", "-", "-", "-", "no samples"));
            return;
        }
        double[] v = samples.stream().mapToDouble(f).toArray();
        b.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s  %s%n", name,
                String.format(Locale.ROOT, format, v[0]), String.format(Locale.ROOT, format, v[v.length - 1]),
                String.format(Locale.ROOT, format, Arrays.stream(v).min().orElseThrow()),
                String.format(Locale.ROOT, format, Arrays.stream(v).max().orElseThrow()), verdict));
    }

    /** Steady when the last sample of heap after GC is at most 20% above the first. */
    boolean heapSteady() {
        return samples.size() < 2 || last().heapMb() <= first().heapMb() * (1 + HEAP_TOLERANCE);
    }

    private String heapVerdict() {
        if (samples.size() < 2) {
            return "n/a (fewer than 2 samples)";
        }
        double change = (last().heapMb() / first().heapMb() - 1) * 100;
        return String.format(Locale.ROOT, "%s (last %+.1f%% of first; limit %+.0f%%)",
                heapSteady() ? "steady" : "GROWING", change, HEAP_TOLERANCE * 100);
    }

    /**
     * Steady when the last sample is no higher than the highest of the first two (warm-up: pools fill,
     * timers start); a peak in between that went away again is not growth.
     */
    boolean notGrowing(ToDoubleFunction<Sample> f) {
        return samples.size() < 3 || f.applyAsDouble(last()) <= warmUpMax(f);
    }

    private double warmUpMax(ToDoubleFunction<Sample> f) {
        return Math.max(f.applyAsDouble(samples.get(0)), f.applyAsDouble(samples.get(1)));
    }

    private String notGrowingVerdict(ToDoubleFunction<Sample> f) {
        if (samples.size() < 3) {
            return "n/a (fewer than 3 samples)";
        }
        return String.format(Locale.ROOT, "%s (last %.0f, first two at most %.0f)",
                notGrowing(f) ? "steady" : "GROWING", f.applyAsDouble(last()), warmUpMax(f));
    }

    /**
     * Least-squares slope of heap after GC against time, in MB per minute, over the samples taken
     * while streaming in the second half of the stream; NaN for fewer than two such samples.
     */
    double heapSlopePerMinute() {
        List<double[]> points = new ArrayList<>();
        for (Sample s : samples) {
            if (s.streaming() && s.elapsedSeconds() >= streamSeconds / 2) {
                points.add(new double[]{s.elapsedSeconds() / 60, s.heapMb()});
            }
        }
        return slope(points);
    }

    static double slope(List<double[]> points) {
        int n = points.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    private Sample first() {
        return samples.get(0);
    }

    private Sample last() {
        return samples.get(samples.size() - 1);
    }
}
