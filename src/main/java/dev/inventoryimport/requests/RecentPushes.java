package dev.inventoryimport.requests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pushes parsed at intake, kept briefly for the import of the same request on this instance, so the
 * import does not parse the stored body a second time (a second parse is a sizeable share of the
 * service's CPU in a full push). Only a shortcut: a request imported elsewhere, after
 * a restart or after eviction is read from its stored body, which is what was parsed here.
 * Bounded by a line budget, oldest first out; an entry whose transaction rolled back just ages out.
 * The budget is a share of the heap rather than a fixed count: when pushes arrive faster than the
 * imports apply them (16 senders, say), every evicted push costs the import a read of its body and
 * a second parse, the very work this class saves.
 */
@ApplicationScoped
public class RecentPushes {

    /** What a parsed line holds on the heap, its five strings included, rounded up. */
    static final int BYTES_PER_LINE = 256;

    /** At most a sixteenth of the heap: 131,072 lines (32 MB) with the default -Xmx512m. */
    static int lineBudgetFor(long maxHeapBytes) {
        return (int) Math.max(10_000, Math.min(maxHeapBytes / 16 / BYTES_PER_LINE, 2_000_000));
    }

    private final int lineBudget;
    private final Map<Long, InventoryPush> pushes = new LinkedHashMap<>();
    private int lines;

    public RecentPushes() {
        this(lineBudgetFor(Runtime.getRuntime().maxMemory()));
    }

    RecentPushes(int lineBudget) {
        this.lineBudget = lineBudget;
    }

    public synchronized void remember(long requestId, InventoryPush push) {
        if (push.lines().size() > lineBudget) {
            return;
        }
        InventoryPush old = pushes.put(requestId, push);
        lines += push.lines().size() - (old == null ? 0 : old.lines().size());
        var oldest = pushes.entrySet().iterator();
        while (lines > lineBudget && oldest.hasNext()) {
            lines -= oldest.next().getValue().lines().size();
            oldest.remove();
        }
    }

    /** The push stored as {@code requestId}, if this instance still has it; it is forgotten here. */
    public synchronized Optional<InventoryPush> take(long requestId) {
        InventoryPush push = pushes.remove(requestId);
        if (push != null) {
            lines -= push.lines().size();
        }
        return Optional.ofNullable(push);
    }
}
