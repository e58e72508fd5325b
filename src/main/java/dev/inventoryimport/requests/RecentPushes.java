package dev.inventoryimport.requests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pushes parsed at intake, kept briefly for the import of the same request on this instance, so the
 * import does not parse the stored body a second time (a second parse is a sizeable share of the
 * service's CPU in a full push). Only a shortcut: a request imported elsewhere, after a restart or
 * after it was not kept is read from its stored body, which is what was parsed here.
 *
 * <p>Bounded by a line budget, a share of the heap. When pushes arrive faster than the imports apply
 * them (a million-SKU push, 16 senders), the budget fills; then a new push is not kept, rather than
 * an older one dropped: the queue hands the imports the oldest first, so the kept pushes are the
 * ones wanted next, and each one taken makes room for a newer one. Dropping the oldest instead would
 * miss on every import once the backlog passed the budget. An entry nobody takes (its transaction
 * rolled back, or another instance imported it) ages out after {@link #MAX_AGE}.
 */
@ApplicationScoped
public class RecentPushes {

    /** What a parsed line holds on the heap, its five strings included, rounded up. */
    static final int BYTES_PER_LINE = 256;
    /** Longer than the imports take to drain the largest backlog measured (about 20 s). */
    static final Duration MAX_AGE = Duration.ofMinutes(2);

    /** At most an eighth of the heap: 262,144 lines (64 MB) with the default -Xmx512m. */
    static int lineBudgetFor(long maxHeapBytes) {
        return (int) Math.max(10_000, Math.min(maxHeapBytes / 8 / BYTES_PER_LINE, 2_000_000));
    }

    private record Kept(InventoryPush push, long keptAtNanos) {
    }

    private final int lineBudget;
    private final LongSupplier nanoClock;
    private final Map<Long, Kept> pushes = new LinkedHashMap<>();
    private int lines;

    public RecentPushes() {
        this(lineBudgetFor(Runtime.getRuntime().maxMemory()), System::nanoTime);
    }

    RecentPushes(int lineBudget, LongSupplier nanoClock) {
        this.lineBudget = lineBudget;
        this.nanoClock = nanoClock;
    }

    public synchronized void remember(long requestId, InventoryPush push) {
        long now = nanoClock.getAsLong();
        // Oldest first in the map: the expired ones are at its head.
        var oldest = pushes.values().iterator();
        while (oldest.hasNext()) {
            Kept kept = oldest.next();
            if (now - kept.keptAtNanos() < MAX_AGE.toNanos()) {
                break;
            }
            lines -= kept.push().lines().size();
            oldest.remove();
        }
        if (lines + push.lines().size() > lineBudget) {
            return;
        }
        Kept old = pushes.put(requestId, new Kept(push, now));
        lines += push.lines().size() - (old == null ? 0 : old.push().lines().size());
    }

    /** The push stored as {@code requestId}, if this instance still has it; it is forgotten here. */
    public synchronized Optional<InventoryPush> take(long requestId) {
        Kept kept = pushes.remove(requestId);
        if (kept == null) {
            return Optional.empty();
        }
        lines -= kept.push().lines().size();
        return Optional.of(kept.push());
    }
}
