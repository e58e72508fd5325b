package dev.inventoryimport.tools;

import dev.inventoryimport.tools.PushMessage.SkuUpdate;
import dev.inventoryimport.tools.SimulationResult.ExpectedStock;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates a run's messages lazily, in delivery order, and remembers the newest update of each
 * SKU (what the service must end with). Lazy, so a long incremental run does not hold millions of
 * updates; synchronised, so workers take deliveries in one total order and a seed always gives the
 * same deliveries whatever the concurrency.
 *
 * <p>Ids follow OrderFlow: message id = seqBase + message index, and each generated update takes
 * seqBase + a counter, so a SKU's later update always carries the higher sequence id. Shuffling
 * and repeating only change delivery order, never content: they draw from their own random stream,
 * so the expected state of a seed is the same with or without them.
 */
public final class Workload {

    /** How far (in fresh messages) a held-back message or a repeat is delayed: 1 to this many. */
    static final int MAX_DELAY = 16;

    /**
     * One send. {@code position} counts deliveries from 0 and paces incremental runs;
     * {@code repeat} marks the second sending of a message already delivered.
     */
    public record Delivery(long position, PushMessage message, boolean repeat, boolean heldBack) {
    }

    private record Queued(PushMessage message, boolean repeat, boolean heldBack) {
    }

    private final SimulationConfig config;
    private final long planned;
    private final Random content;
    private final Random delivery;
    private final int[] pool; // incremental: SKU indices, partially shuffled for each message
    private final ArrayDeque<Queued> ready = new ArrayDeque<>();
    private final TreeMap<Long, List<Queued>> delayed = new TreeMap<>();
    private final Map<String, ExpectedStock> expected = new HashMap<>();
    private long generated;
    private long updates;
    private long emitted;

    public Workload(SimulationConfig config) {
        this.config = config;
        this.planned = config.plannedMessages();
        this.content = new Random(config.seed());
        this.delivery = new Random(config.seed() * 31 + 7);
        this.pool = new int[config.mode() == SimulationConfig.Mode.INCREMENTAL ? config.skus() : 0];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = i + 1;
        }
    }

    /** The next delivery, or {@code null} when the run has nothing left to send. */
    public synchronized Delivery next() {
        while (ready.isEmpty()) {
            if (generated < planned) {
                long index = generated++;
                PushMessage m = generate(index);
                if (delivery.nextDouble() < config.shuffle()) {
                    // Held back until a later message has gone: it then arrives out of order.
                    delay(index + gap(), new Queued(m, false, true));
                } else {
                    ready.add(new Queued(m, false, false));
                }
                release(index);
            } else if (!delayed.isEmpty()) {
                release(Long.MAX_VALUE);
            } else {
                return null;
            }
        }
        Queued q = ready.poll();
        if (!q.repeat() && delivery.nextDouble() < config.repeat()) {
            // Decided when the original goes out, so the copy is always sent after it.
            delay(generated - 1 + gap(), new Queued(q.message(), true, false));
        }
        return new Delivery(emitted++, q.message(), q.repeat(), q.heldBack());
    }

    /** The newest generated update per SKU; complete once {@link #next()} has returned null. */
    public synchronized Map<String, ExpectedStock> expected() {
        return Map.copyOf(expected);
    }

    /** Sequence ids and message ids used so far end below this: a safe {@code --seq-base} for a next run. */
    public synchronized long nextSeqBase() {
        return config.seqBase() + Math.max(generated, updates);
    }

    public static String skuName(String prefix, long index) {
        String digits = Long.toString(index);
        return digits.length() >= 7 ? prefix + digits : prefix + "0".repeat(7 - digits.length()) + digits;
    }

    private PushMessage generate(long index) {
        List<SkuUpdate> lines = switch (config.mode()) {
            case SINGLE -> List.of(update(config.sku(), config.qty()));
            case FULL -> full(index);
            case INCREMENTAL -> incremental();
        };
        return new PushMessage(config.firstMessageId() + index, lines);
    }

    private List<SkuUpdate> full(long index) {
        long first = index * config.chunk() + 1;
        long last = Math.min(first + config.chunk() - 1, config.skus());
        List<SkuUpdate> lines = new ArrayList<>((int) (last - first + 1));
        for (long i = first; i <= last; i++) {
            lines.add(update(skuName(config.skuPrefix(), i), BigDecimal.valueOf(content.nextInt(1000))));
        }
        return lines;
    }

    /** Distinct SKUs per message: the service joins quantities to the first sequence item of a SKU. */
    private List<SkuUpdate> incremental() {
        List<SkuUpdate> lines = new ArrayList<>(config.lines());
        for (int j = 0; j < config.lines(); j++) {
            int r = j + content.nextInt(pool.length - j);
            int chosen = pool[r];
            pool[r] = pool[j];
            pool[j] = chosen;
            lines.add(update(skuName(config.skuPrefix(), chosen), BigDecimal.valueOf(content.nextInt(1000))));
        }
        return lines;
    }

    private SkuUpdate update(String sku, BigDecimal qty) {
        SkuUpdate u = new SkuUpdate(sku, qty, config.seqBase() + updates++);
        expected.put(sku, new ExpectedStock(qty, u.seq()));
        return u;
    }

    private int gap() {
        return 1 + delivery.nextInt(MAX_DELAY);
    }

    private void delay(long afterIndex, Queued q) {
        delayed.computeIfAbsent(afterIndex, k -> new ArrayList<>()).add(q);
    }

    /** Moves everything due once fresh message {@code index} is queued behind it. */
    private void release(long index) {
        var due = delayed.headMap(index, true);
        due.values().forEach(ready::addAll);
        due.clear();
    }
}
