package dev.inventoryimport.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * A shuffled stream of overlapping messages, some delivered twice, pushed from several threads and
 * imported by several consumers: every SKU must end at its highest sequence id's figure, every
 * request be imported exactly once (or be Repeated), and nothing be lost.
 */
class ConcurrencyIT extends ServiceIT {

    private static final int MESSAGES = 240;
    private static final int SKUS = 40;
    private static final int LINES_PER_MESSAGE = 15;
    private static final int REPEATS = 24;

    @Test
    void shuffledOverlappingStreamEndsAtTheNewestFigures() throws Exception {
        Random random = new Random(42);
        Map<String, Long> newestSeq = new HashMap<>();
        Map<String, Integer> newestQty = new HashMap<>();
        List<Runnable> sends = new ArrayList<>();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();


        long seq = 1_000;
        List<List<Line>> messages = new ArrayList<>();
        for (int m = 0; m < MESSAGES; m++) {
            List<Line> lines = new ArrayList<>();
            List<Integer> skus = new ArrayList<>();
            for (int i = 0; i < SKUS; i++) {
                skus.add(i);
            }
            Collections.shuffle(skus, random);
            for (int sku : skus.subList(0, LINES_PER_MESSAGE)) {
                String name = "CONC-" + sku;
                int qty = random.nextInt(1000);
                seq++;
                lines.add(Line.of(name, qty, seq));
                newestSeq.put(name, seq);
                newestQty.put(name, qty);
            }
            messages.add(lines);
            long messageId = 50_000 + m;
            boolean soap = m % 2 == 0;
            sends.add(() -> answers.add(soap ? client.soap(messageId, lines) : client.rest(messageId, lines)));
        }
        for (int r = 0; r < REPEATS; r++) {
            int m = random.nextInt(MESSAGES);
            sends.add(() -> answers.add(client.soap(50_000 + m, messages.get(m))));
        }
        Collections.shuffle(sends, random);

        ExecutorService pushers = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        sends.forEach(s -> futures.add(pushers.submit(s)));
        for (Future<?> f : futures) {
            f.get();
        }
        pushers.shutdown();

        assertEquals(MESSAGES + REPEATS, answers.size());
        int processed = 0;
        int repeated = 0;
        for (Answer a : answers) {
            assertEquals(200, a.status(), a.body());
            String status = client.awaitDone(a.requestId(), Duration.ofSeconds(60)).getString("status");
            if (status.equals("Processed")) {
                processed++;
            } else if (status.equals("Repeated")) {
                repeated++;
            } else {
                throw new AssertionError("request " + a.requestId() + " ended " + status);
            }
        }
        assertEquals(MESSAGES, processed, "each message applied once");
        assertEquals(REPEATS, repeated, "each second delivery audited as Repeated");
        assertEquals(MESSAGES, TestServer.queryLong("SELECT COUNT(*) FROM inventory_import"), "one import per applied request");
        assertEquals(MESSAGES, TestServer.queryLong("SELECT COUNT(DISTINCT request_id) FROM inventory_import"));

        for (var e : newestSeq.entrySet()) {
            var item = client.getJson("rest/V1/stockItems/" + e.getKey());
            var source = item.getJsonArray("sources").getJsonObject(0);
            assertEquals(e.getValue(), source.getJsonNumber("sequence_id").longValue(), e.getKey());
            assertEquals((int) newestQty.get(e.getKey()), item.getJsonNumber("qty").intValueExact(), e.getKey());
        }
    }
}
