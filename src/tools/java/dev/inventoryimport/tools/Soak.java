package dev.inventoryimport.tools;

import dev.inventoryimport.tools.SoakReport.Sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The soak test: the service under an incremental stream for a long time (10 minutes by default),
 * watched for what a leak would show. Starts the service ({@link ServiceProcess}) on a database of
 * its own with short sweeper and retention intervals, so both timers run throughout; streams with
 * the push simulator; every 30 s prints acknowledged messages, requests still Pending, used heap
 * after a full GC, the JVM's threads, file descriptors and resident memory, and the database
 * connections it holds. At the end it waits until nothing is Pending, checks every request and every
 * SKU, and prints first/last/min/max of each figure with steadiness verdicts ({@link SoakReport}).
 * Exits non-zero only when data was lost or wrong: the verdicts are for people to read.
 *
 * <p>Options: {@code --minutes 10} {@code --rate 40} {@code --database mariadb|h2} {@code --db-name inventory_soak}
 * {@code --mariadb-url jdbc:mysql://127.0.0.1:3306/} {@code --mariadb-user root} {@code --mariadb-password ""}
 * {@code --port 8192} {@code --skus 5000} {@code --lines 20} {@code --shuffle 0.1} {@code --repeat 0.05}
 * {@code --contract m2-soap} {@code --concurrency 4} {@code --seed 42} {@code --sample-seconds 30}
 * {@code --drain-minutes 10} {@code --java-opts -Xmx512m}.
 */
public final class Soak {

    private static final String TOKEN = "soak-token";
    private static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> options;
    private final Path project = Path.of("").toAbsolutePath();
    private final Path work = project.resolve("target/soak");

    private Soak(Map<String, String> options) {
        this.options = options;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("minutes", "10");
        d.put("rate", "40");
        d.put("database", "mariadb");
        d.put("db-name", "inventory_soak");
        d.put("mariadb-url", "jdbc:mysql://127.0.0.1:3306/");
        d.put("mariadb-user", "root");
        d.put("mariadb-password", "");
        d.put("port", "8192");
        d.put("skus", "5000");
        d.put("lines", "20");
        d.put("shuffle", "0.1");
        d.put("repeat", "0.05");
        d.put("contract", "m2-soap");
        d.put("concurrency", "4");
        d.put("seed", "42");
        d.put("sample-seconds", "30");
        d.put("drain-minutes", "10");
        d.put("java-opts", "-Xmx512m");
        return Collections.unmodifiableMap(d);
    }

    public static void main(String[] args) throws Exception {
        ToolOptions.exitOnFailure(new Soak(ToolOptions.parse("soak", args, DEFAULTS)).run());
    }

    private String option(String name) {
        return options.getOrDefault(name, DEFAULTS.get(name));
    }

    private int run() throws Exception {
        if (!Files.exists(project.resolve("target/inventory-import.war"))) {
            throw new IllegalStateException("Build first: mvn -B package -DskipTests");
        }
        deleteTree(work);
        Files.createDirectories(work);
        SoakDatabase database = switch (option("database")) {
            case "mariadb" -> SoakDatabase.mariaDb(option("mariadb-url"), option("db-name"), option("mariadb-user"),
                    option("mariadb-password"));
            case "h2" -> SoakDatabase.h2();
            default -> throw new IllegalArgumentException("--database must be mariadb or h2, got " + option("database"));
        };
        database.recreate();
        Path dataDir = work.resolve("service");
        Map<String, String> env = new HashMap<>(database.serviceEnv());
        env.put("DATA_DIR", dataDir.toString());
        env.put("ORDERFLOW_API_TOKEN", TOKEN);
        env.put("PENDING_GRACE_SECONDS", "10");
        env.put("SWEEP_INTERVAL_SECONDS", "5");
        env.put("RETENTION_INTERVAL_SECONDS", "60");
        env.put("JAVA_OPTS", option("java-opts"));
        Path log = work.resolve("service.log");
        log("starting the service on " + database.describe() + ", port " + option("port") + ", log " + log);
        try (ServiceProcess service = ServiceProcess.start(project, Integer.parseInt(option("port")), env, log);
             SoakDatabase db = database) {
            db.open(dataDir);
            return soak(service, db, log);
        }
    }

    private int soak(ServiceProcess service, SoakDatabase db, Path log) throws Exception {
        double minutes = Double.parseDouble(option("minutes"));
        // The simulator's own command line, so the stream is exactly what `exec:java@simulate` sends.
        // Its --duration plans rate x duration fresh messages; repeats are sent on top, so the stream
        // lasts about --minutes x (1 + --repeat): at least --minutes.
        SimulationConfig config = SimulatorOptions.parse("--mode", "incremental", "--contract", option("contract"),
                "--base-url", service.baseUrl(), "--token", TOKEN, "--rate", option("rate"),
                "--duration", Double.toString(minutes * 60), "--skus", option("skus"), "--lines", option("lines"),
                "--shuffle", option("shuffle"), "--repeat", option("repeat"),
                "--concurrency", option("concurrency"), "--seed", option("seed"));
        long sampleSeconds = Long.parseLong(option("sample-seconds"));
        System.out.printf(Locale.ROOT, "soak: %s %s, %.0f messages/s of %d SKUs (of %d), %.0f%% shuffled, %.0f%% repeated,"
                        + " %s min on %s; service pid %d, sample every %d s%n", config.contract().cliName(),
                config.mode().cliName(), config.rate(), config.lines(), config.skus(), config.shuffle() * 100,
                config.repeat() * 100, option("minutes"), db.describe(), service.pid(), sampleSeconds);
        System.out.println(SoakReport.header());

        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<RunStats> live = new AtomicReference<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "soak-sampler");
            t.setDaemon(true);
            return t;
        });
        SimulationResult result;
        try {
            result = PushSimulator.run(config, null, stats -> {
                live.set(stats);
                sampler.scheduleAtFixedRate(() -> {
                    // Nothing may escape: an exception would cancel every later sample.
                    try {
                        double elapsed = (System.nanoTime() - stats.startNanos()) / 1e9;
                        record(samples, sample(service, db, elapsed, true, stats.acknowledged()));
                    } catch (Exception e) {
                        log("sample failed: " + e);
                    }
                }, sampleSeconds, sampleSeconds, TimeUnit.SECONDS);
            });
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(2, TimeUnit.MINUTES); // a sample under way completes
        }
        double streamSeconds = result.duration().toNanos() / 1e9;
        // The simulator's own summary: throughput, and whether the schedule was kept.
        System.out.println();
        System.out.print(result.summary());
        System.out.println();

        long drainStart = System.nanoTime();
        long drainDeadline = drainStart + TimeUnit.MINUTES.toNanos(Long.parseLong(option("drain-minutes")));
        long pending;
        while ((pending = db.pending()) > 0 && System.nanoTime() < drainDeadline) {
            Thread.sleep(1000);
        }
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        log(pending == 0 ? String.format(Locale.ROOT, "nothing Pending %.1f s after the stream", drainSeconds)
                : pending + " requests still Pending after " + option("drain-minutes") + " min");
        record(samples, sample(service, db, (System.nanoTime() - live.get().startNanos()) / 1e9, false,
                result.acknowledged()));

        // Every acknowledged request must have been applied (Processed) or recognised as a message
        // applied before (Repeated); anything else was lost.
        Map<String, Long> statuses = db.statusesOf(result.requestIds());
        long processed = statuses.getOrDefault("PROCESSED", 0L);
        long repeated = statuses.getOrDefault("REPEATED", 0L);
        long lost = result.requestIds().size() - processed - repeated;
        ServiceProbe probe = new ServiceProbe(service.baseUrl(), TOKEN);
        Map<String, long[]> stock = probe.readAllStock();
        List<String> wrong = ServiceProbe.notAtNewest(result.expected(), stock);

        SoakReport report = new SoakReport(samples, streamSeconds);
        System.out.println();
        System.out.print(report.figures());
        System.out.printf(Locale.ROOT, "ack latency      p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                result.latencyMillis(50), result.latencyMillis(95), result.latencyMillis(99));
        System.out.printf(Locale.ROOT, "messages         %d sent (%d planned fresh, the rest repeats), %d acknowledged,"
                        + " faults %s, stream %s%n", result.messagesSent(), config.plannedMessages(),
                result.acknowledged(), result.faults().isEmpty() ? "none" : result.faults(),
                SoakReport.clock(streamSeconds));
        System.out.printf(Locale.ROOT, "requests         %d Processed, %d Repeated, lost %d%s; drained %.1f s after"
                        + " the stream%n", processed, repeated, lost, lost == 0 ? "" : " " + statuses, drainSeconds);
        System.out.printf(Locale.ROOT, "SKUs             %d checked against the newest acknowledged figure, %d wrong%s%n",
                result.expected().size(), wrong.size(),
                wrong.isEmpty() ? "" : " (e.g. " + wrong.stream().sorted().limit(5).collect(Collectors.joining(", ")) + ")");
        System.out.println("service log      " + logCounts(log));
        boolean dataOk = lost == 0 && wrong.isEmpty();
        System.out.println("verdict          " + (dataOk ? "no data lost or wrong" : "DATA LOST OR WRONG") + "; memory "
                + (report.heapSteady() ? "steady" : "GROWING") + ", threads "
                + (report.notGrowing(Sample::threads) ? "steady" : "GROWING") + ", connections "
                + (!db.onMariaDb() ? "n/a" : report.notGrowing(s -> s.dbConnections()) ? "steady" : "GROWING"));
        return dataOk ? 0 : 1;
    }

    private static void record(List<Sample> samples, Sample s) {
        samples.add(s);
        System.out.println(SoakReport.line(s));
    }

    private static Sample sample(ServiceProcess service, SoakDatabase db, double elapsed, boolean streaming, long acked)
            throws Exception {
        long pending = db.pending();
        Long connections = db.connections();
        long threads = service.threads();
        long fds = service.openFileDescriptors();
        double rss = service.residentMb();
        // Last: the full GC (a pause in the service) does not disturb the other figures.
        double heap = service.usedHeapAfterFullGcMb();
        return new Sample(elapsed, streaming, acked, pending, heap, threads, fds, connections, rss);
    }

    /** What the timers did, and anything the service complained about. */
    private static String logCounts(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        long retention = lines.stream().filter(l -> l.contains("Retention, requests processed before")).count();
        long requeued = lines.stream().filter(l -> l.contains("Re-queued ")).count();
        long warnings = lines.stream().filter(l -> l.contains("WARNING")).count();
        long severe = lines.stream().filter(l -> l.contains("SEVERE")).count();
        return String.format(Locale.ROOT, "%d retention runs, %d sweeps that re-queued, %d WARNING and %d SEVERE lines",
                retention, requeued, warnings, severe);
    }

    private static void log(String line) {
        System.err.println("soak: " + line);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
