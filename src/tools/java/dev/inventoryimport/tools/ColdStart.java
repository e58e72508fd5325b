package dev.inventoryimport.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * What the benchmark does before its cold push, so that the push measures a cold service and nothing
 * else: the simulator is warmed against a sink of its own, and the service, once ready, is left until
 * it is quiet.
 */
final class ColdStart {

    private ColdStart() {
    }

    /**
     * Sends two full pushes of {@code skus} SKUs to a sink in this process, before the service starts:
     * OrderFlow's client has long been warm when a shop's service starts, and the simulator's own code
     * would otherwise be compiled while it pushes, on the cores the service needs. The sink answers as
     * the service does (its headers, a chunked SOAP answer): a sink that answered with no body left
     * the JDK's HTTP client compiled for that, and compiled again in the cold push.
     */
    static void warmSimulator(int skus, int chunk, String token) throws IOException {
        HttpServer sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        AtomicLong requestIds = new AtomicLong();
        sink.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                long id = requestIds.incrementAndGet();
                Headers headers = exchange.getResponseHeaders();
                headers.add("Server", "Payara Micro");
                headers.add("X-Request-Id", Long.toString(id));
                headers.add("Content-Type", WireFormat.M2_SOAP_TYPE);
                headers.add("X-Frame-Options", "SAMEORIGIN");
                exchange.sendResponseHeaders(200, 0); // 0: chunked, as the service answers
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(sinkAnswer(id));
                }
            }
        });
        sink.setExecutor(threads);
        sink.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + sink.getAddress().getPort());
            for (int round = 0; round < 2; round++) {
                SimulationConfig config = new SimulationConfig(SimulationConfig.Contract.M2_SOAP,
                        SimulationConfig.Mode.FULL, base, token, null, null, 42, 4, Duration.ofSeconds(60), 1, null,
                        null, skus, chunk, "SINK-", 0, null, 0, 0, 0, 0);
                SimulationResult result = PushSimulator.runPrepared(config, null, stats -> { });
                if (!result.allAcknowledged()) {
                    throw new IllegalStateException("The simulator's warm-up sink refused pushes: " + result.faults());
                }
            }
        } finally {
            sink.stop(0);
            threads.shutdownNow();
        }
    }

    /** The service's answer to a Magento 2 SOAP push, in its shape and about its size. */
    private static byte[] sinkAnswer(long messageId) {
        String response = WireFormat.M2_SERVICE + "UpdateResponse";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\">"
                + "<env:Body><ns1:" + response + " xmlns:ns1=\"http://127.0.0.1/soap/default?services=" + WireFormat.M2_SERVICE
                + "\"><result>Success - Message " + messageId + " Received</result></ns1:" + response
                + "></env:Body></env:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Waits until the transaction recovery of the service's start has run: a push prepared while it
     * runs can be rolled back by it (answered 503; docs/resources.md). {@code launch.sh} runs it before
     * the application is deployed; a service started otherwise may run it {@code RECOVERY_DELAY_SECONDS}
     * after its transaction service, after it says it is ready. The cold push comes after it.
     *
     * @return what the wait saw, for the log
     */
    static String awaitRecovery(ServiceProcess service) throws IOException, InterruptedException {
        long started = System.nanoTime();
        boolean seen = service.awaitLog("Recovery of Inbound Transactions started", Duration.ofSeconds(60));
        return String.format(seen ? "service's start-up recovery ran %.1f s after it was ready"
                : "service's start-up recovery not seen in its log within %.0f s", (System.nanoTime() - started) / 1e9);
    }

    /**
     * Waits until the service, ready, has gone quiet: its compilers may still be busy with its own
     * start for a while after Payara says it is ready, and a first push from OrderFlow finds it quiet
     * unless it comes within that time. Quiet: under a twentieth of a core over a second, or after a
     * minute.
     *
     * @return what the wait saw, for the log
     */
    static String awaitQuiet(CpuMeter cpu) throws IOException, InterruptedException {
        long started = System.nanoTime();
        CpuMeter.Reading first = cpu.read();
        CpuMeter.Reading last = first;
        for (int i = 0; i < 60; i++) {
            Thread.sleep(1000);
            CpuMeter.Reading now = cpu.read();
            double used = now.minus(last).serviceCpu();
            last = now;
            if (used < 0.05) {
                break;
            }
        }
        CpuMeter.Reading waited = last.minus(first);
        return String.format("service quiet %.1f s later: %.1f s of CPU meanwhile, %.1f s of it in the compilers",
                (System.nanoTime() - started) / 1e9, waited.serviceCpu(), waited.compile());
    }
}
