package dev.inventoryimport.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecentPushesTest {

    private static final int BUDGET = 1_000;

    private static InventoryPush push(long messageId, int lines) {
        return new InventoryPush(messageId,
                Collections.nCopies(lines, new PushLine("default", "SKU-" + messageId, "1", "1", null)));
    }

    @Test
    void aPushIsHandedOverOnce() {
        RecentPushes recent = new RecentPushes(BUDGET);
        InventoryPush push = push(71, 3);
        recent.remember(1, push);
        assertEquals(push, recent.take(1).orElseThrow());
        assertTrue(recent.take(1).isEmpty(), "taken pushes are forgotten");
        assertTrue(recent.take(2).isEmpty(), "an unknown request has nothing here");
    }

    @Test
    void theOldestGoFirstWhenTheLineBudgetIsSpent() {
        RecentPushes recent = new RecentPushes(BUDGET);
        int perPush = BUDGET / 4;
        for (long id = 1; id <= 5; id++) {
            recent.remember(id, push(id, perPush));
        }
        assertTrue(recent.take(1).isEmpty(), "the oldest was evicted");
        for (long id = 2; id <= 5; id++) {
            assertEquals(id, recent.take(id).orElseThrow().messageId());
        }
        // After taking everything the budget is whole again.
        recent.remember(6, push(6, BUDGET));
        assertEquals(6, recent.take(6).orElseThrow().messageId());
    }

    @Test
    void theBudgetIsASixteenthOfTheHeapWithinBounds() {
        assertEquals(131_072, RecentPushes.lineBudgetFor(512L << 20));
        assertEquals(10_000, RecentPushes.lineBudgetFor(32L << 20), "a small heap still keeps a few pushes");
        assertEquals(2_000_000, RecentPushes.lineBudgetFor(Long.MAX_VALUE), "no heap limit set");
    }

    @Test
    void aPushLargerThanTheBudgetIsNotKept() {
        RecentPushes recent = new RecentPushes(BUDGET);
        recent.remember(1, push(1, 2));
        recent.remember(2, push(2, BUDGET + 1));
        assertTrue(recent.take(2).isEmpty());
        assertEquals(List.of(), recent.take(2).map(InventoryPush::lines).orElse(List.of()));
        assertTrue(recent.take(1).isPresent(), "a refused push evicts nothing");
    }
}
