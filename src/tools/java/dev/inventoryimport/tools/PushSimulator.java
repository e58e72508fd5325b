package dev.inventoryimport.tools;

import dev.inventoryimport.tools.PushSender.SimulationFailed;
import dev.inventoryimport.tools.SimulatorOptions.UsageException;
import dev.inventoryimport.tools.Workload.Delivery;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Pushes stock to the service the way OrderFlow does, for demos, tests and load: see
 * {@link SimulatorOptions#USAGE}. A command ({@link #main}) and a library ({@link #run}) in one, so
 * the benchmark drives exactly the traffic people try by hand and gets the expected final state to
 * check the service against.
 */
public final class PushSimulator {

    private static final long PROGRESS_SECONDS = 5;

    private PushSimulator() {
    }

    public static void main(String[] args) {
        int code = execute(args, System.out, System.err);
        // Only a failure exits explicitly: under exec:java, System.exit would also end Maven itself.
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The command without the process exit, so tests can check exit codes. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        if (SimulatorOptions.wantsHelp(args)) {
            out.print(SimulatorOptions.USAGE);
            return 0;
        }
        SimulationConfig config;
        Path expectedOut;
        try {
            config = SimulatorOptions.parse(args);
            expectedOut = SimulatorOptions.expectedOut(args);
        } catch (UsageException e) {
            err.println("push-simulator: " + e.getMessage());
            err.println("push-simulator: --help lists the options");
            return 2;
        }
        SimulationResult result;
        try {
            result = run(config, err);
        } catch (SimulationFailed e) {
            err.println("push-simulator: " + e.getMessage());
            return 1;
        }
        out.print(result.summary());
        if (expectedOut != null) {
            try {
                writeExpected(result, expectedOut);
            } catch (IOException e) {
                err.println("push-simulator: cannot write " + expectedOut + ": " + e);
                return 1;
            }
        }
        return result.allAcknowledged() ? 0 : 1;
    }

    /** Runs with progress lines on standard error. */
    public static SimulationResult run(SimulationConfig config) {
        return run(config, System.err);
    }

    /**
     * @param progress where a progress line goes every 5 s; {@code null} for none
     * @throws SimulationFailed when the run cannot start (a refused Magento 1 login) or is interrupted
     */
    public static SimulationResult run(SimulationConfig config, PrintStream progress) {
        return run(config, progress, stats -> { });
    }

    /**
     * As {@link #run(SimulationConfig, PrintStream)}, handing the run's live counters to
     * {@code started} as the first message is about to go, for a caller that samples them while the
     * run goes on (the soak test) or starts its meters (the benchmark).
     */
    static SimulationResult run(SimulationConfig config, PrintStream progress, Consumer<RunStats> started) {
        return run(config, progress, started, false);
    }

    /**
     * As {@link #run(SimulationConfig, PrintStream, Consumer)}, with every message generated and its body
     * rendered before the first is sent (full pushes over the Magento 2 contracts): the benchmark's
     * simulator shares the cores with the service, and OrderFlow's cost of writing a push is not the
     * shop's. The bodies are held in memory: about 19 KB a 150-SKU message.
     */
    static SimulationResult runPrepared(SimulationConfig config, PrintStream progress, Consumer<RunStats> started) {
        if (config.mode() != SimulationConfig.Mode.FULL || config.contract() == SimulationConfig.Contract.M1_SOAP) {
            throw new IllegalArgumentException("Only full pushes over the Magento 2 contracts are prepared beforehand");
        }
        return run(config, progress, started, true);
    }

    private static SimulationResult run(SimulationConfig config, PrintStream progress, Consumer<RunStats> started,
                                        boolean prepared) {
        PushSender sender = new PushSender(config);
        Workload workload = new Workload(config);
        Queue<Prepared> ready = new ConcurrentLinkedQueue<>();
        if (prepared) {
            for (Delivery d; (d = workload.next()) != null; ) {
                ready.add(new Prepared(d.message(), sender.m2Body(d.message())));
            }
        }
        List<String> sessions = new ArrayList<>();
        // No idle workers (and no idle Magento 1 sessions) for runs of fewer messages than workers.
        int workerCount = (int) Math.min(config.concurrency(), Math.max(1, config.plannedMessages()));
        ExecutorService workers = Executors.newFixedThreadPool(workerCount);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "push-simulator-progress");
            t.setDaemon(true);
            return t;
        });
        try {
            if (config.contract() == SimulationConfig.Contract.M1_SOAP) {
                // One session per worker, as each OrderFlow sender logs in once; done first, so a
                // refused login stops the run before anything is pushed or timed.
                for (int i = 0; i < workerCount; i++) {
                    sessions.add(sender.login());
                }
            }
            RunStats stats = new RunStats();
            started.accept(stats);
            if (progress != null) {
                ticker.scheduleAtFixedRate(() -> progress.println(stats.progressLine()),
                        PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
            }
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < workerCount; i++) {
                String session = sessions.isEmpty() ? null : sessions.get(i);
                done.add(workers.submit(() -> {
                    if (prepared) {
                        sendPrepared(ready, sender, stats);
                    } else {
                        work(config, workload, sender, session, stats);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - stats.startNanos());
            return new SimulationResult(config, stats.sent(), stats.acknowledged(), stats.updatesSent(),
                    stats.updatesAcknowledged(), stats.faults(), took, stats.requestIds(), stats.latencies(),
                    workload.expected(), workload.nextSeqBase());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationFailed("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
            ticker.shutdownNow();
            sessions.forEach(sender::endSession);
        }
    }

    private static void work(SimulationConfig config, Workload workload, PushSender sender, String session,
                             RunStats stats) throws InterruptedException {
        boolean paced = config.mode() == SimulationConfig.Mode.INCREMENTAL;
        for (Delivery d; (d = workload.next()) != null; ) {
            if (paced) {
                // A fixed schedule from the start, not a sleep between sends: a slow answer does not
                // lower the rate while a worker is free, and a late worker catches up.
                long due = stats.startNanos() + (long) (d.position() * 1e9 / config.rate());
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            stats.sending(d.message());
            long start = System.nanoTime();
            PushSender.Outcome outcome = sender.send(d.message(), session);
            stats.answered(d.message(), outcome, System.nanoTime() - start);
        }
    }

    /** A message with its body, rendered before the run. */
    private record Prepared(PushMessage message, byte[] body) {
    }

    private static void sendPrepared(Queue<Prepared> ready, PushSender sender, RunStats stats) throws InterruptedException {
        for (Prepared p; (p = ready.poll()) != null; ) {
            stats.sending(p.message());
            long start = System.nanoTime();
            PushSender.Outcome outcome = sender.send(p.body());
            stats.answered(p.message(), outcome, System.nanoTime() - start);
        }
    }

    private static void writeExpected(SimulationResult result, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(result.expected()).forEach((sku, e) ->
                b.append(sku).append('\t').append(e.qty().toPlainString()).append('\t').append(e.sequenceId()).append('\n'));
        Files.writeString(file, b);
    }
}
