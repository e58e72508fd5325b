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
 */
@ApplicationScoped
public class RecentPushes {

    /** About 10 MB of parsed lines at most. */
    static final int LINE_BUDGET = 50_000;

    private final Map<Long, InventoryPush> pushes = new LinkedHashMap<>();
    private int lines;

    public synchronized void remember(long requestId, InventoryPush push) {
        if (push.lines().size() > LINE_BUDGET) {
            return;
        }
        InventoryPush old = pushes.put(requestId, push);
        lines += push.lines().size() - (old == null ? 0 : old.lines().size());
        var oldest = pushes.entrySet().iterator();
        while (lines > LINE_BUDGET && oldest.hasNext()) {
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
