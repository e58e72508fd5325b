package dev.inventoryimport.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Measures the service against the database's own floor, in one go, on the same database:
 * (0) a first full push right after start, both sides on a cold JVM; then the service's warm-up
 * ({@link #warmUp}); then
 * (1) a full push of N SKUs in 150-SKU messages from 4 pushers, (2) the same updates again under new
 * message ids (all Duplicate), (3) 8 pushers streaming 20-SKU messages for a minute with shuffles
 * and repeats (latency), (4) workload 1 from 16 pushers (new SKUs of its own), then again from 16, 4, 4
 * and 16 (all warm), (5) workload 1's SKUs updated, then a catalogue of M SKUs
 * (default 1,000,000) built by a first full push, then a full push of all M into it, with the
 * database's table and index sizes. For each it prints SKU updates/s of floor and service and their ratio,
 * ack latency, the service's used heap after a full GC, and the CPU time a SKU update cost the service
 * and a local MariaDB, with the service's JIT compilers' share, the simulator's and the idle share
 * ({@link CpuMeter}). Run it with the
 * command in docs/benchmarks.md.
 *
 * <p>Options: {@code --databases mariadb,h2} {@code --skus 100000} {@code --latency-seconds 60}
 * {@code --mariadb-url jdbc:mysql://127.0.0.1:3306/} {@code --mariadb-user root} {@code --mariadb-password ""}
 * {@code --port 8190} {@code --warm-up-rounds 6} {@code --workloads 1,2,3} (4 and 5 on request) {@code --scale-skus 1000000} {@code --java-opts "-Xmx512m"} {@code --consumers 4}.
 */
public final class Benchmark {

    private static final String TOKEN = "benchmark-token";

    private final Map<String, String> options;
    private final Path project = Path.of("").toAbsolutePath();
    private final Path work = project.resolve("target/benchmark");
    private final List<String> rows = new ArrayList<>();

    private Benchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Benchmark(options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        if (!Files.exists(project.resolve("target/inventory-import.war"))) {
            throw new IllegalStateException("Build first: mvn -B package -DskipTests");
        }
        deleteTree(work);
        Files.createDirectories(work);
        for (String db : option("databases", "mariadb,h2").split(",")) {
            runOn(db.trim());
        }
        System.out.println();
        System.out.println(String.format("%-8s %-34s %7s %6s %8s %12s %12s %6s %9s %9s %9s %11s %10s %9s %11s %6s",
                "database", "workload", "SKUs", "msgs", "seconds", "floor upd/s", "service upd/s", "ratio",
                "ack p50", "ack p99", "heap MB", "svc us/upd", "db us/upd", "JIT CPU s", "sim us/upd", "idle"));
        rows.forEach(System.out::println);
    }

    private void runOn(String db) throws Exception {
        int skus = Integer.parseInt(option("skus", "100000"));
        int chunk = 150;
        long seqBase = System.currentTimeMillis() * 10;
        String floorUrl = db.equals("h2") ? "jdbc:h2:file:" + work.resolve("floor-h2/db") : database("inventory_bench_floor");
        FloorBenchmark floor = new FloorBenchmark(floorUrl, user(db), password(db));
        floor.prepare();
        // Both sides are measured cold (first run in a fresh JVM: the JIT compiler competes for the
        // two cores) and then warm, the way a service that has been running a while sees a push.
        FloorBenchmark.Result floorCold = floor.run(skus, chunk, 4, seqBase - 10L * skus, 0);
        floor.prepare();
        double clientBefore = processCpuSeconds();
        double databaseBefore = CpuMeter.localDatabaseCpuSeconds();
        FloorBenchmark.Result floor1 = floor.run(skus, chunk, 4, seqBase, 0);
        // On H2 the database runs inside the client: its CPU is the client's.
        log(String.format("%s floor of workload 1: %.1f us of client CPU a SKU update, %s", db,
                (processCpuSeconds() - clientBefore) * 1e6 / skus, db.equals("h2") ? "the database's included"
                        : String.format("and %.1f us of database CPU",
                        (CpuMeter.localDatabaseCpuSeconds() - databaseBefore) * 1e6 / skus)));
        FloorBenchmark.Result floor2 = floor.run(skus, chunk, 4, seqBase, skus); // same updates, new messages
        floor.prepare(true);
        FloorBenchmark.Result indexed = floor.run(skus, chunk, 4, seqBase, 0);
        log(db + " floor of workload 1 with the service's secondary indexes (not in the table): "
                + Math.round(indexed.updatesPerSecond()) + " SKU updates/s");
        log(db + " floor: " + Math.round(floorCold.updatesPerSecond()) + " cold, then " + Math.round(floor1.updatesPerSecond())
                + " and " + Math.round(floor2.updatesPerSecond()) + " SKU updates/s");

        Map<String, String> env = new HashMap<>();
        env.put("DATA_DIR", work.resolve("service-" + db).toString());
        env.put("ORDERFLOW_API_TOKEN", TOKEN);
        env.put("IMPORT_CONSUMERS", option("consumers", "4"));
        env.put("JAVA_OPTS", option("java-opts", "-Xmx512m"));
        if (db.equals("mariadb")) {
            env.put("DB_URL", database("inventory_bench"));
            env.put("DB_USER", user(db));
            env.put("DB_PASSWORD", password(db));
        }
        int port = Integer.parseInt(option("port", "8190"));
        ColdStart.warmSimulator(skus, chunk, TOKEN);
        try (ServiceProcess service = ServiceProcess.start(project, port, env, work.resolve("service-" + db + ".log"))) {
            ServiceProbe probe = new ServiceProbe(service.baseUrl(), TOKEN);
            CpuMeter cpu = new CpuMeter(service, db.equals("mariadb") && option("mariadb-url", "").isEmpty());
            log(db + " " + ColdStart.awaitRecovery(service));
            log(db + " " + ColdStart.awaitQuiet(cpu));

            Measured cold = full(cpu, service, probe, "COLD-", skus, chunk, seqBase - 10L * skus, seqBase + 150_000_000L, 4);
            rows.add(row(db, "0 first push after start (cold)", cold, floorCold, service.usedHeapAfterFullGcMb()));
            List<Measured> warmUp = warmUp(db, cpu, service, probe, skus, chunk, seqBase);
            Measured w1 = full(cpu, service, probe, "SIM-", skus, chunk, seqBase, 0, 4);
            double heap = service.usedHeapAfterFullGcMb();
            Map<String, long[]> stock = probe.readAllStock();
            long wrong = ServiceProbe.notAtNewest(w1.result().expected(), stock).size()
                    + ServiceProbe.notAtNewest(cold.result().expected(), stock).size()
                    + warmUp.stream().mapToLong(m -> ServiceProbe.notAtNewest(m.result().expected(), stock).size()).sum();
            log(db + " workloads 0, its warm-up and 1: " + stock.size() + " SKUs read back, " + wrong + " not at their newest figure");
            rows.add(row(db, "1 full push, 4 pushers", w1, floor1, heap));

            String workloads = option("workloads", "1,2,3");
            if (workloads.contains("2")) {
                Measured w2 = full(cpu, service, probe, "SIM-", skus, chunk, seqBase, seqBase + 50_000_000L, 4);
                long duplicates = w2.done().stream().mapToLong(ServiceProbe.Done::duplicates).sum();
                log(db + " workload 2: " + duplicates + " of " + skus + " lines Duplicate");
                rows.add(row(db, "2 same updates again (Duplicate)", w2, floor2, service.usedHeapAfterFullGcMb()));
            }
            if (workloads.contains("3")) {
                Measured w3 = latency(cpu, service, probe, seqBase + 100_000_000L);
                long slow = w3.done().stream()
                        .filter(d -> Duration.between(d.receivedAt(), d.processedAt()).toMillis() > 2000).count();
                long maxMs = w3.done().stream()
                        .mapToLong(d -> Duration.between(d.receivedAt(), d.processedAt()).toMillis()).max().orElse(0);
                log(db + " workload 3: " + w3.done().size() + " requests, " + slow
                        + " processed more than 2 s after their ack (slowest " + maxMs + " ms)");
                rows.add(row(db, "3 latency: 8 pushers, 20-SKU msgs", w3, null, service.usedHeapAfterFullGcMb()));
            }
            if (workloads.contains("4")) {
                // Workload 1 from 16 pushers: new SKUs of its own, so every line inserts a row as in
                // workload 1, and the rates compare like for like.
                Measured w4 = full(cpu, service, probe, "P16-", skus, chunk, seqBase, seqBase + 60_000_000L, 16);
                rows.add(row(db, "4 full push, 16 pushers", w4, floor1, service.usedHeapAfterFullGcMb()));
                // 16 against 4 on a service that has served 16 pushers (the first round of 16 also pays
                // for compiling what only 16 at once exercise), in the order 16, 4, 4, 16: whatever
                // drifts through the rounds (the database's purge and page flushing) weighs on both alike.
                Measured w4b = full(cpu, service, probe, "P16B-", skus, chunk, seqBase, seqBase + 65_000_000L, 16);
                rows.add(row(db, "4b again, 16 pushers", w4b, floor1, service.usedHeapAfterFullGcMb()));
                Measured w4c = full(cpu, service, probe, "P4C-", skus, chunk, seqBase, seqBase + 66_000_000L, 4);
                rows.add(row(db, "4c again, 4 pushers", w4c, floor1, service.usedHeapAfterFullGcMb()));
                Measured w4d = full(cpu, service, probe, "P4D-", skus, chunk, seqBase, seqBase + 67_000_000L, 4);
                rows.add(row(db, "4d again, 4 pushers", w4d, floor1, service.usedHeapAfterFullGcMb()));
                Measured w4e = full(cpu, service, probe, "P16E-", skus, chunk, seqBase, seqBase + 68_000_000L, 16);
                rows.add(row(db, "4e again, 16 pushers", w4e, floor1, service.usedHeapAfterFullGcMb()));
                Map<String, long[]> stock4 = probe.readAllStock();
                long stale4 = Stream.of(w4, w4b, w4c, w4d, w4e)
                        .mapToLong(m -> ServiceProbe.notAtNewest(m.result().expected(), stock4).size()).sum();
                double sixteen = rate(w4b, w4e);
                double four = rate(w4c, w4d);
                log(db + " workload 4: 16 pushers at " + Math.round(rate(w4)) + " against workload 1's "
                        + Math.round(rate(w1)) + " (" + String.format("%.2f", rate(w4) / rate(w1)) + "), then "
                        + Math.round(sixteen) + " (4b and 4e) against 4 pushers' " + Math.round(four) + " (4c and 4d)"
                        + " SKU updates/s (" + String.format("%.2f", sixteen / four) + "); " + stale4
                        + " SKUs not at their newest figure");
            }
            if (workloads.contains("5")) {
                int scale = Integer.parseInt(option("scale-skus", "1000000"));
                long scaleSeq = seqBase + 200_000_000L;
                // The 100,000-SKU rate of the same work: workload 1's SKUs pushed again with newer
                // sequence ids, every line an update of a row that exists, as in 5b.
                Measured updates = full(cpu, service, probe, "SIM-", skus, chunk, seqBase + 10L * skus, seqBase + 75_000_000L, 4);
                rows.add(row(db, "5 workload 1's SKUs updated", updates, null, service.usedHeapAfterFullGcMb()));
                Measured build = full(cpu, service, probe, "BIG-", scale, chunk, scaleSeq, seqBase + 70_000_000L, 4);
                rows.add(row(db, "5a catalogue built: first push", build, null, service.usedHeapAfterFullGcMb()));
                Measured w5 = full(cpu, service, probe, "BIG-", scale, chunk, scaleSeq + 10L * scale, seqBase + 80_000_000L, 4);
                double heap5 = service.usedHeapAfterFullGcMb();
                Map<String, long[]> stock5 = probe.readAllStock();
                long stale = ServiceProbe.notAtNewest(updates.result().expected(), stock5).size()
                        + ServiceProbe.notAtNewest(w5.result().expected(), stock5).size();
                log(db + " workload 5: " + scale + " SKUs pushed into a catalogue of as many, " + stale
                        + " SKUs of 5 and 5b not at their newest figure; rate " + Math.round(rate(w5)) + " against "
                        + Math.round(rate(updates)) + " updating 100,000 (" + String.format("%.2f", rate(w5) / rate(updates))
                        + ") and workload 1's " + Math.round(rate(w1)) + " inserting them ("
                        + String.format("%.2f", rate(w5) / rate(w1)) + ") SKU updates/s");
                rows.add(row(db, "5b full push into the catalogue", w5, null, heap5));
                if (db.equals("mariadb")) {
                    logTableSizes();
                }
            }
        }
    }

    /**
     * Warms the service up the way a service that has been running a while is warm: rounds of
     * workload 1's push on SKUs of their own (new rows, every line a Success), each followed by workload
     * 2's (the same updates under new message ids, every line a Duplicate), until the compilers take
     * less than a tenth of the service's CPU in both pushes of two rounds in a row (one such round
     * left workload 2 still compiling now and then), or {@code --warm-up-rounds} (6) rounds. Each
     * push is a row of the table, so the way to warm shows.
     */
    private List<Measured> warmUp(String db, CpuMeter cpu, ServiceProcess service, ServiceProbe probe, int skus,
                                  int chunk, long seqBase) throws Exception {
        List<Measured> pushes = new ArrayList<>();
        int rounds = Math.min(8, Integer.parseInt(option("warm-up-rounds", "6")));
        boolean quietBefore = false;
        for (int round = 1; round <= rounds; round++) {
            long seq = seqBase - (10L - round) * skus;
            long messages = seqBase + 150_000_000L + 2L * round * skus;
            String prefix = "WARM" + round + "-";
            Measured success = full(cpu, service, probe, prefix, skus, chunk, seq, messages, 4);
            rows.add(row(db, "w" + round + " warm-up: new SKUs", success, null, service.usedHeapAfterFullGcMb()));
            Measured duplicate = full(cpu, service, probe, prefix, skus, chunk, seq, messages + skus, 4);
            rows.add(row(db, "w" + round + " warm-up: again, Duplicate", duplicate, null, service.usedHeapAfterFullGcMb()));
            pushes.add(success);
            boolean quiet = success.cpu().compileShare() < 0.1 && duplicate.cpu().compileShare() < 0.1;
            if (quiet && quietBefore) {
                log(db + " warm after " + round + " warm-up rounds: the compilers took "
                        + String.format("%.1f%% and %.1f%%", success.cpu().compileShare() * 100,
                        duplicate.cpu().compileShare() * 100) + " of the service's CPU in the last two pushes");
                return pushes;
            }
            quietBefore = quiet;
        }
        log(db + " still compiling after " + rounds + " warm-up rounds");
        return pushes;
    }

    /** A simulator run and what the service made of it. */
    private record Measured(SimulationResult result, List<ServiceProbe.Done> done, double seconds, CpuMeter.Reading cpu) {
    }

    private Measured full(CpuMeter cpu, ServiceProcess service, ServiceProbe probe, String skuPrefix, int skus, int chunk,
                          long seqBase, long messageIdBase, int pushers) throws Exception {
        SimulationConfig config = new SimulationConfig(SimulationConfig.Contract.M2_SOAP, SimulationConfig.Mode.FULL,
                URI.create(service.baseUrl()), TOKEN, null, null, 42, pushers, Duration.ofSeconds(60), seqBase, null, null,
                skus, chunk, skuPrefix, 0, null, 0, 0, 0, messageIdBase);
        return measure(cpu, probe, config, true);
    }

    private Measured latency(CpuMeter cpu, ServiceProcess service, ServiceProbe probe, long seqBase) throws Exception {
        int seconds = Integer.parseInt(option("latency-seconds", "60"));
        SimulationConfig config = new SimulationConfig(SimulationConfig.Contract.M2_SOAP,
                SimulationConfig.Mode.INCREMENTAL, URI.create(service.baseUrl()), TOKEN, null, null, 7, 8,
                Duration.ofSeconds(60), seqBase, null, null, 10_000, 150, "LAT-",
                Double.parseDouble(option("latency-rate", "100")), Duration.ofSeconds(seconds), 20, 0.10, 0.05, 0);
        return measure(cpu, probe, config, false);
    }

    /** @param prepared full pushes: the simulator renders every message before the clock starts */
    private static Measured measure(CpuMeter cpu, ServiceProbe probe, SimulationConfig config, boolean prepared)
            throws Exception {
        double endedBefore = probe.importsEnded();
        // The clock and the CPU meters start as the first message is about to go.
        AtomicReference<CpuMeter.Reading> before = new AtomicReference<>();
        AtomicReference<Instant> started = new AtomicReference<>();
        Consumer<RunStats> atStart = stats -> {
            try {
                before.set(cpu.read());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            started.set(Instant.now());
        };
        SimulationResult result = prepared ? PushSimulator.runPrepared(config, System.err, atStart)
                : PushSimulator.run(config, System.err, atStart);
        Instant start = started.get();
        if (!result.allAcknowledged()) {
            throw new IllegalStateException("Not every push was acknowledged: " + result.faults());
        }
        // Read when the service's import counter says every push is done, before the request API is
        // asked request by request: those calls are the probe's cost, not the workload's.
        probe.awaitImportsEnded(endedBefore + result.acknowledged(), Duration.ofMinutes(15));
        CpuMeter.Reading used = cpu.read().minus(before.get());
        List<ServiceProbe.Done> done = probe.awaitProcessed(result.requestIds(), Duration.ofMinutes(1));
        Instant last = done.stream().map(ServiceProbe.Done::processedAt).max(Comparator.naturalOrder()).orElse(start);
        double seconds = Duration.between(start, last).toNanos() / 1e9;
        // A backlog left when the last push is acknowledged drains with only the import consumers at work.
        log(String.format("%d pushers: every push acknowledged after %.1f s, every request processed after %.1f s",
                config.concurrency(), result.duration().toNanos() / 1e9, seconds));
        return new Measured(result, done, seconds, used);
    }

    private static String row(String db, String workload, Measured m, FloorBenchmark.Result floor, double heapMb) {
        double service = m.result().skuUpdatesAcknowledged() / m.seconds();
        List<Long> latencies = new ArrayList<>(m.result().ackLatencyNanos());
        latencies.sort(null);
        double updates = m.result().skuUpdatesAcknowledged();
        return String.format("%-8s %-34s %7d %6d %8.1f %12s %12.0f %6s %7.1fms %7.1fms %9.0f %11.1f %10s %9s %11.1f %5.0f%%", db, workload,
                m.result().skuUpdatesAcknowledged(), m.result().acknowledged(), m.seconds(),
                floor == null ? "-" : String.format("%.0f", floor.updatesPerSecond()), service,
                floor == null ? "-" : String.format("%.2f", service / floor.updatesPerSecond()),
                percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6, heapMb,
                m.cpu().serviceCpu() * 1e6 / updates,
                Double.isNaN(m.cpu().databaseCpu()) ? "-" : String.format("%.1f", m.cpu().databaseCpu() * 1e6 / updates),
                // A compiler thread that ended took its CPU time with it (with -XX:-TieredCompilation, say).
                m.cpu().compile() < 0 ? "n/a" : String.format("%.1f", m.cpu().compile()),
                m.cpu().clientCpu() * 1e6 / updates, m.cpu().idleShare() * 100);
    }

    /** CPU time of this JVM (the floor's JDBC client, or the simulator). */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static double rate(Measured... rounds) {
        return Stream.of(rounds).mapToDouble(m -> m.result().skuUpdatesAcknowledged()).sum()
                / Stream.of(rounds).mapToDouble(Measured::seconds).sum();
    }

    /** The service's tables on MariaDB: rows (InnoDB's estimate), data and index sizes. */
    private void logTableSizes() throws SQLException {
        String server = option("mariadb-url", "jdbc:mysql://127.0.0.1:3306/");
        try (Connection c = DriverManager.getConnection(server, user("mariadb"), password("mariadb"));
             Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE inventory_bench.stock_item, inventory_bench.import_line,"
                    + " inventory_bench.inventory_request, inventory_bench.inventory_import");
            try (var rs = s.executeQuery("SELECT table_name, table_rows, data_length, index_length"
                    + " FROM information_schema.tables WHERE table_schema = 'inventory_bench'"
                    + " ORDER BY data_length + index_length DESC LIMIT 8")) {
                while (rs.next()) {
                    log(String.format("mariadb table %-20s %,12d rows  data %,8.1f MB  indexes %,8.1f MB",
                            rs.getString(1), rs.getLong(2), rs.getLong(3) / 1e6, rs.getLong(4) / 1e6));
                }
            }
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** A fresh MariaDB database of that name. */
    private String database(String name) throws SQLException {
        String server = option("mariadb-url", "jdbc:mysql://127.0.0.1:3306/");
        try (Connection c = DriverManager.getConnection(server, user("mariadb"), password("mariadb"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return server + name;
    }

    private String user(String db) {
        return db.equals("h2") ? "sa" : option("mariadb-user", "root");
    }

    private String password(String db) {
        return db.equals("h2") ? "" : option("mariadb-password", "");
    }

    private static void log(String line) {
        System.err.println("benchmark: " + line);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
