package dev.inventoryimport.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service as a separate process, started the way operators start it ({@code server-config/launch.sh}),
 * for benchmarks: ready when Payara says so with no deployment failure in its log.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * @param projectDir the checkout (for {@code server-config} and {@code target/})
     * @param env        the service's configuration (DATA_DIR, DB_URL, ORDERFLOW_API_TOKEN, ...)
     */
    public static ServiceProcess start(Path projectDir, int port, Map<String, String> env, Path log) throws IOException,
            InterruptedException {
        return start(projectDir, port, env, log, Duration.ofSeconds(180));
    }

    /** As above, waiting up to {@code readyTimeout}: several instances starting at once on few cores take longer. */
    public static ServiceProcess start(Path projectDir, int port, Map<String, String> env, Path log,
                                       Duration readyTimeout) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", projectDir.resolve("server-config/launch.sh").toString())
                .directory(projectDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("PAYARA_MICRO_JAR", projectDir.resolve("target/runtime/payara-micro.jar").toString());
        pb.environment().put("ACTIVEMQ_RAR", projectDir.resolve("target/runtime/activemq-rar.rar").toString());
        pb.environment().put("APP_WAR", projectDir.resolve("target/inventory-import.war").toString());
        ServiceProcess service = new ServiceProcess(pb.start(), log, port);
        try {
            service.awaitReady(readyTimeout);
        } catch (IOException | InterruptedException | RuntimeException notReady) {
            service.kill(); // a start that failed leaves no server behind
            throw notReady;
        }
        return service;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The process id of the JVM (the launcher execs java, so it is the same process). */
    public long pid() {
        return process.pid();
    }

    /** Used heap after a full garbage collection, in MB, read with {@code jcmd}. */
    public double usedHeapAfterFullGcMb() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        // G1 prints one heap line (" garbage-first heap   total 262144K, used 51200K [0x..."); the
        // parallel and serial collectors one a generation ("PSYoungGen total ..., used ...", "ParOldGen
        // ...", "def new generation ...", "tenured generation ..."): the heap is their sum. The
        // metaspace lines that follow are not heap. Newer JDKs (25) print "total reserved ...K,
        // committed ...K, used ...K".
        String heap = info.split("Metaspace", 2)[0];
        Matcher m = Pattern.compile("total (?:reserved )?\\d+K, (?:committed \\d+K, )?used (\\d+)K").matcher(heap);
        long usedK = 0;
        boolean found = false;
        while (m.find()) {
            usedK += Long.parseLong(m.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("Unexpected jcmd GC.heap_info output: " + info);
        }
        return usedK / 1024.0;
    }

    /** Live threads of the JVM ({@code Threads:} of {@code /proc/<pid>/status}; Linux only). */
    public long threads() throws IOException {
        return procStatus("Threads");
    }

    /** Resident memory of the JVM in MB ({@code VmRSS:} of {@code /proc/<pid>/status}). */
    public double residentMb() throws IOException {
        return procStatus("VmRSS") / 1024.0; // the kernel reports kB
    }

    /** Open file descriptors of the JVM: entries of {@code /proc/<pid>/fd}. */
    public long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
            return fds.count();
        }
    }

    /** The number of a {@code /proc/<pid>/status} line such as {@code Threads:\t87} or {@code VmRSS:\t 412 kB}. */
    private long procStatus(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IllegalStateException("No " + key + " in /proc/" + pid() + "/status");
    }

    /**
     * CPU seconds the JIT compiler threads ({@code C1 CompilerThre...}, {@code C2 CompilerThre...})
     * have used since start, from {@code /proc/<pid>/task}: the compilers' share of the service's CPU.
     */
    public double compilerCpuSeconds() throws IOException {
        double seconds = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        seconds += CpuMeter.cpuSeconds(task.resolve("stat"));
                    }
                } catch (IOException ended) {
                    // A compiler thread that ended between the listing and the read.
                }
            }
        }
        return seconds;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("SEVERE") && text.contains("deploy")) {
                throw new IllegalStateException("The service failed to deploy; see " + log);
            }
            if (text.contains("ready in")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited during start-up; see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service was not ready within " + timeout + "; see " + log);
    }

    /** Whether {@code text} appeared in the service's log within {@code timeout}. */
    public boolean awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** kill -9: no shutdown hook, no flush, no orderly stop of anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
