package dev.inventoryimport.tools;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import org.apache.activemq.ActiveMQConnectionFactory;

/**
 * The two-instance run (docs/operations.md): a shop that outgrew one machine, on loopback. A
 * stand-alone ActiveMQ broker in its own JVM ({@link BrokerProcess}) with a login, a fresh MariaDB
 * database, and two instances of the service started at the same moment through
 * {@code server-config/launch.sh} (so both migrate the empty database at once), each with its own
 * {@code DATA_DIR}, both on {@code DB_URL} and on {@code BROKER_URL} with options and a password full
 * of characters the post-boot file must escape. A shuffled stream with repeats goes to both at once
 * ({@link BalancedPush}); instance b is killed with {@code kill -9} midway while pushes to it are in
 * flight; the survivor must finish everything (its sweeper re-queues what b held). Then b is
 * restarted on its own {@code DATA_DIR} as an operator would (its transaction recovery ends what b
 * left prepared in the broker) and takes a tail of the stream with a. The database is then judged
 * ({@link ScaleOutVerdict}) and the counts printed; the exit status is 1 on any violation.
 *
 * <p>{@code mvn -B -q package -DskipTests exec:java@scale-out} (or {@code src/test/scripts/two-instances.sh}).
 * Options (defaults): {@code --mariadb-url jdbc:mysql://127.0.0.1:3306/ --mariadb-user root
 * --mariadb-password "" --db-name inventory_scale --rate 25 --seconds 60 --tail-seconds 10 --skus 300
 * --lines 20 --shuffle 0.1 --repeat 0.05 --workers 8 --seed 11 --drain-minutes 5 --java-opts -Xmx384m}.
 */
public final class ScaleOut {

    private static final String TOKEN = ScaleOutInstance.TOKEN;
    private static final String BROKER_USER = ScaleOutInstance.BROKER_USER;

    private static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> options;
    private final Path project = Path.of("").toAbsolutePath();
    private final Path work = project.resolve("target/scale-out");
    private final List<String> violations = new ArrayList<>();
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    private ScaleOut(Map<String, String> options) {
        this.options = options;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("mariadb-url", "jdbc:mysql://127.0.0.1:3306/");
        d.put("mariadb-user", "root");
        d.put("mariadb-password", "");
        d.put("db-name", "inventory_scale");
        d.put("rate", "25");
        d.put("seconds", "60");
        d.put("tail-seconds", "10");
        d.put("skus", "300");
        d.put("lines", "20");
        d.put("shuffle", "0.1");
        d.put("repeat", "0.05");
        d.put("workers", "8");
        d.put("seed", "11");
        d.put("drain-minutes", "5");
        d.put("java-opts", "-Xmx384m");
        return d;
    }

    public static void main(String[] args) throws Exception {
        ToolOptions.exitOnFailure(new ScaleOut(ToolOptions.parse("scale-out", args, DEFAULTS)).run());
    }

    private String option(String name) {
        return options.getOrDefault(name, DEFAULTS.get(name));
    }

    private int run() throws Exception {
        if (!Files.exists(project.resolve("target/inventory-import.war"))) {
            throw new IllegalStateException("Build first: mvn -B package -DskipTests");
        }
        long t0 = System.nanoTime();
        deleteTree(work);
        Files.createDirectories(work);
        ScaleOutDatabase db = new ScaleOutDatabase(option("mariadb-url"), option("db-name"), option("mariadb-user"),
                option("mariadb-password"));
        db.recreate();
        // Interrupted (Ctrl-C, a CI timeout): no broker or service JVM outlives the run.
        Thread cleanup = new Thread(this::stopAll, "scale-out-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            return scaleOut(db, t0);
        } finally {
            stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: nothing left to stop
            }
        }
    }

    /** Stops every process the run started, newest first; safe to call twice. */
    private void stopAll() {
        while (true) {
            AutoCloseable next;
            synchronized (running) {
                next = running.poll();
            }
            if (next == null) {
                return;
            }
            try {
                next.close();
            } catch (Exception e) {
                log("could not stop " + next + ": " + e);
            }
        }
    }

    private int scaleOut(ScaleOutDatabase db, long t0) throws Exception {
        BrokerProcess broker = BrokerProcess.start(work.resolve("broker"), freePort(), BROKER_USER,
                ScaleOutInstance.BROKER_PASSWORD, work.resolve("broker.log"));
        synchronized (running) {
            running.push(broker);
        }
        refusesWrongPassword(broker);
        ScaleOutInstance a = new ScaleOutInstance("a", freePort(), work.resolve("instance-a"));
        ScaleOutInstance b = new ScaleOutInstance("b", freePort(), work.resolve("instance-b"));
        log("broker " + broker.url() + ", database " + db.url() + "; starting a (:" + a.port() + ") and b (:" + b.port()
                + ") at once");

        long startNanos = System.nanoTime();
        CompletableFuture<ServiceProcess> startA = CompletableFuture.supplyAsync(() -> start(a, broker, db, "a.log"));
        CompletableFuture<ServiceProcess> startB = CompletableFuture.supplyAsync(() -> start(b, broker, db, "b.log"));
        CompletableFuture.allOf(startA, startB).exceptionally(failed -> null).join(); // both settled, then judged
        join(startA);
        ServiceProcess serviceB = join(startB);
        double startSeconds = seconds(startNanos);
        checkStart("a", "a.log");
        checkStart("b", "b.log");
        violations.addAll(db.migrationProblems());

        // The stream, with b killed midway while pushes to it are in flight.
        SimulationConfig main = workload(Double.parseDouble(option("seconds")), System.currentTimeMillis());
        BalancedPush push = new BalancedPush(List.of(target(a, "m2-soap"), target(b, "m2-rest")));
        KillMidway kill = new KillMidway(push, 1, main.plannedMessages() / 2, serviceB, db);
        kill.start();
        Workload stream = new Workload(main);
        long pushNanos = System.nanoTime();
        push.run(stream, main.rate(), Integer.parseInt(option("workers")));
        double pushSeconds = seconds(pushNanos);
        kill.join();
        if (kill.failure() != null) {
            throw new IllegalStateException("Killing b failed", kill.failure());
        }
        long drainNanos = System.nanoTime();
        awaitNoPending(db, "the survivor alone");
        double drainSeconds = seconds(drainNanos);

        // An operator restarts b on its own DATA_DIR; both take the tail of the stream.
        long restartNanos = System.nanoTime();
        start(b, broker, db, "b-restart.log");
        double restartSeconds = seconds(restartNanos);
        checkStart("b (restarted)", "b-restart.log");
        SimulationConfig tailConfig = workload(Double.parseDouble(option("tail-seconds")), stream.nextSeqBase());
        BalancedPush tail = new BalancedPush(List.of(target(a, "m2-soap"), target(b, "m2-rest")));
        tail.run(new Workload(tailConfig), tailConfig.rate(), Integer.parseInt(option("workers")));
        // The restarted b must take its share: the pusher would otherwise route around it unseen.
        long tailToB = tail.attempts().stream().filter(x -> x.instance() == 1).count();
        long tailAckedByB = tail.attempts().stream().filter(x -> x.instance() == 1 && x.acknowledged()).count();
        if (tailAckedByB == 0 || tailAckedByB != tailToB) {
            violations.add("the restarted b acknowledged " + tailAckedByB + " of the " + tailToB + " pushes sent to it");
        }
        awaitNoPending(db, "both instances");
        awaitNoPreparedBranches(db);

        List<BalancedPush.Attempt> attempts = new ArrayList<>(push.attempts());
        attempts.addAll(tail.attempts());
        Map<Long, PushMessage> messages = new HashMap<>(push.messages());
        messages.putAll(tail.messages());
        ScaleOutVerdict verdict = ScaleOutVerdict.of(attempts, messages, db.snapshot());
        violations.addAll(verdict.violations());
        checkBrokerLogins(broker, List.of(a, b));

        Path survivorLog = work.resolve("a.log");
        ScaleOutReport report = new ScaleOutReport(verdict.counts(), db.migrations(), String.format(Locale.ROOT,
                "%s/s for %s s, %s lines out of %s SKUs, %s shuffled, %s repeated", option("rate"), option("seconds"),
                option("lines"), option("skus"), option("shuffle"), option("repeat")), push.messages().size(),
                tail.messages().size(), kill, ScaleOutReport.linesWith(survivorLog, "Re-queued "),
                "b acknowledged " + tailAckedByB + " of the " + tailToB + " pushes sent to it", severeAfterStart(),
                new ScaleOutReport.Timings(startSeconds, pushSeconds, drainSeconds, restartSeconds, seconds(t0)),
                violations);
        System.out.print(report.text());
        return violations.isEmpty() ? 0 : 1;
    }

    /** Starts an instance through launch.sh; several instances starting at once on few cores take minutes. */
    private ServiceProcess start(ScaleOutInstance instance, BrokerProcess broker, ScaleOutDatabase db, String logName) {
        try {
            ServiceProcess service = ServiceProcess.start(project, instance.port(), instance.env(broker, db,
                    option("mariadb-user"), option("mariadb-password"), option("java-opts")), work.resolve(logName),
                    Duration.ofMinutes(5));
            synchronized (running) {
                running.push(service);
            }
            return service;
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private SimulationConfig workload(double seconds, long seqBase) throws SimulatorOptions.UsageException {
        return SimulatorOptions.parse("--mode", "incremental", "--base-url", "http://127.0.0.1", "--token", TOKEN,
                "--rate", option("rate"), "--duration", Double.toString(seconds), "--skus", option("skus"),
                "--lines", option("lines"), "--shuffle", option("shuffle"), "--repeat", option("repeat"),
                "--seed", option("seed"), "--seq-base", Long.toString(seqBase), "--sku-prefix", "SCALE-");
    }

    private SimulationConfig target(ScaleOutInstance instance, String contract) throws SimulatorOptions.UsageException {
        return SimulatorOptions.parse("--mode", "incremental", "--contract", contract, "--base-url", instance.baseUrl(),
                "--token", TOKEN, "--timeout-seconds", "30");
    }

    private void refusesWrongPassword(BrokerProcess broker) {
        try (var connection = new ActiveMQConnectionFactory(broker.url()).createConnection(BROKER_USER, "wrong")) {
            connection.start();
            violations.add("the broker accepted a wrong password");
        } catch (JMSSecurityException expected) {
            log("the broker refused a wrong password: " + expected.getMessage());
        } catch (JMSException e) {
            violations.add("a login with a wrong password failed otherwise than refused: " + e);
        }
    }

    /** Each instance logged in with its user, with the client id prefix of its URL's options. */
    private void checkBrokerLogins(BrokerProcess broker, List<ScaleOutInstance> instances) throws IOException {
        List<String> lines = broker.logLines();
        for (ScaleOutInstance instance : instances) {
            boolean in = lines.stream().anyMatch(l -> l.startsWith(BrokerConnectionLog.ACCEPTED)
                    && l.contains("client-id=" + instance.clientIdPrefix() + "-") && l.contains("user=" + BROKER_USER + " "));
            if (!in) {
                violations.add("no broker connection of instance " + instance.name() + " as " + BROKER_USER
                        + " with its client id prefix " + instance.clientIdPrefix());
            }
        }
        if (lines.stream().noneMatch(l -> l.startsWith(BrokerConnectionLog.REFUSED))) {
            violations.add("the broker logged no refused login");
        }
    }

    private void checkStart(String instance, String logName) throws IOException {
        StartupLog start = StartupLog.read(work.resolve(logName));
        if (!start.clean()) {
            violations.add(instance + " started broken: " + (start.ready() ? start.problems() : "never ready"));
        }
    }

    /** SEVERE lines after "ready in" per log: not judged (a kill makes some), printed for people to read. */
    private String severeAfterStart() throws IOException {
        List<String> counts = new ArrayList<>();
        for (String name : List.of("a", "b", "b-restart")) {
            counts.add(name + " " + StartupLog.read(work.resolve(name + ".log")).severeAfterStart());
        }
        return String.join(", ", counts);
    }

    private void awaitNoPending(ScaleOutDatabase db, String who) throws Exception {
        long deadline = System.nanoTime() + Long.parseLong(option("drain-minutes")) * 60_000_000_000L;
        long pending;
        while ((pending = db.pending()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending + " requests still Pending after " + option("drain-minutes")
                        + " min with " + who);
            }
            Thread.sleep(500);
        }
    }

    private void awaitNoPreparedBranches(ScaleOutDatabase db) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long left;
        while ((left = db.preparedBranches()) > 0) {
            if (System.nanoTime() > deadline) {
                violations.add(left + " transaction branches still prepared in MariaDB a minute after the tail");
                return;
            }
            Thread.sleep(500);
        }
    }

    private static ServiceProcess join(CompletableFuture<ServiceProcess> start) throws Exception {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void log(String line) {
        System.err.println("scale-out: " + line);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
