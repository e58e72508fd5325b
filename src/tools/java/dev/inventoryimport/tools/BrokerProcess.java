package dev.inventoryimport.tools;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link StandaloneBroker} in a JVM of its own, as an external broker is: the services reach it over
 * TCP only, and it outlives any of them. Started on this process's class path (under
 * {@code exec:java} that is the plugin's class loader, not {@code java.class.path}).
 */
final class BrokerProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final String url;

    private BrokerProcess(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts the broker on {@code tcp://127.0.0.1:port} and waits until it takes connections. */
    static BrokerProcess start(Path dataDir, int port, String user, String password, Path log)
            throws IOException, InterruptedException {
        String url = "tcp://127.0.0.1:" + port;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classPath(),
                StandaloneBroker.class.getName(), dataDir.toString(), url)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("BROKER_USER", user);
        pb.environment().put("BROKER_PASSWORD", password);
        BrokerProcess broker = new BrokerProcess(pb.start(), log, url);
        broker.awaitReady(Duration.ofSeconds(60));
        return broker;
    }

    String url() {
        return url;
    }

    /** What the broker printed so far: one line per connection accepted or refused. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(StandaloneBroker.READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The broker exited during start-up; see " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The broker was not ready within " + timeout + "; see " + log);
    }

    /** The class path entries of the loaders from this class's up, else {@code java.class.path}. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = BrokerProcess.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException notAFile) {
                        // a non-file URL holds nothing a JVM can load from its class path
                    }
                }
            }
        }
        List<String> all = new ArrayList<>(entries);
        return all.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, all);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the broker's shutdown hook closes its store
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
