package dev.inventoryimport.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentPushesTest {

    private static final int BUDGET = 1_000;

    private static InventoryPush push(long messageId, int lines) {
        return new InventoryPush(messageId,
                Collections.nCopies(lines, new PushLine("default", "SKU-" + messageId, "1", "1", null)));
    }

    /** A clock the test moves by hand. */
    private final AtomicLong nanos = new AtomicLong();

    private RecentPushes recent() {
        return new RecentPushes(BUDGET, nanos::get);
    }

    @Test
    void aPushIsHandedOverOnce() {
        RecentPushes recent = recent();
        InventoryPush push = push(71, 3);
        recent.remember(1, push);
        assertEquals(push, recent.take(1).orElseThrow());
        assertTrue(recent.take(1).isEmpty(), "taken pushes are forgotten");
        assertTrue(recent.take(2).isEmpty(), "an unknown request has nothing here");
    }

    @Test
    void aNewPushIsNotKeptWhileTheBudgetIsSpentAndTakingMakesRoom() {
        RecentPushes recent = recent();
        int perPush = BUDGET / 4;
        for (long id = 1; id <= 5; id++) {
            recent.remember(id, push(id, perPush));
        }
        assertTrue(recent.take(5).isEmpty(), "the newest was not kept: the older ones are imported first");
        assertEquals(1, recent.take(1).orElseThrow().messageId());
        recent.remember(6, push(6, perPush));
        for (long id = 2; id <= 4; id++) {
            assertEquals(id, recent.take(id).orElseThrow().messageId());
        }
        assertEquals(6, recent.take(6).orElseThrow().messageId(), "taking the first made room for it");
        // After taking everything the budget is whole again.
        recent.remember(7, push(7, BUDGET));
        assertEquals(7, recent.take(7).orElseThrow().messageId());
    }

    @Test
    void aPushNobodyTakesAgesOutAndFreesItsLines() {
        RecentPushes recent = recent();
        recent.remember(1, push(1, BUDGET / 2));
        nanos.addAndGet(RecentPushes.MAX_AGE.toNanos() / 2);
        recent.remember(2, push(2, BUDGET / 2));
        nanos.addAndGet(RecentPushes.MAX_AGE.toNanos() / 2);
        // Push 1 is as old as the limit now: it goes, and push 3 fits in its lines.
        recent.remember(3, push(3, BUDGET / 2));
        assertTrue(recent.take(1).isEmpty(), "aged out");
        assertEquals(2, recent.take(2).orElseThrow().messageId());
        assertEquals(3, recent.take(3).orElseThrow().messageId());
    }

    @Test
    void theBudgetIsAnEighthOfTheHeapWithinBounds() {
        assertEquals(262_144, RecentPushes.lineBudgetFor(512L << 20));
        assertEquals(10_000, RecentPushes.lineBudgetFor(16L << 20), "a small heap still keeps a few pushes");
        assertEquals(2_000_000, RecentPushes.lineBudgetFor(Long.MAX_VALUE), "no heap limit set");
    }

    @Test
    void aPushLargerThanTheBudgetIsNotKept() {
        RecentPushes recent = recent();
        recent.remember(1, push(1, 2));
        recent.remember(2, push(2, BUDGET + 1));
        assertTrue(recent.take(2).isEmpty());
        assertTrue(recent.take(1).isPresent(), "a refused push evicts nothing");
    }
}
