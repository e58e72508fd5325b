package dev.inventoryimport.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.inventoryimport.imports.RetryRule.Next;
import org.junit.jupiter.api.Test;

class RetryRuleTest {

    private final RetryRule rule = new RetryRule(6, 8);

    @Test
    void aConflictIsRetriedInTheRunThenLeftForTheSweeper() {
        assertEquals(Next.RETRY, rule.after(Failures.Kind.CONFLICT, 1, 1, false));
        assertEquals(Next.RETRY, rule.after(Failures.Kind.CONFLICT, 5, 5, false));
        assertEquals(Next.LEAVE_PENDING, rule.after(Failures.Kind.CONFLICT, 6, 6, false));
    }

    @Test
    void aConflictEndsFailedOnceTheAttemptsInAllAreUsedUp() {
        assertEquals(Next.RETRY, rule.after(Failures.Kind.CONFLICT, 1, 7, false), "second sweep, 7 of 8");
        assertEquals(Next.FAIL, rule.after(Failures.Kind.CONFLICT, 2, 8, false));
        assertEquals(Next.FAIL, rule.after(Failures.Kind.CONFLICT, 1, 40, false), "limit lowered meanwhile");
        assertEquals(Next.FAIL, new RetryRule(6, 2).after(Failures.Kind.CONFLICT, 2, 2, false), "within one run");
    }

    @Test
    void anUncountedAttemptNeverEndsTheRequest() {
        assertEquals(Next.RETRY, rule.after(Failures.Kind.CONFLICT, 3, RetryRule.NOT_COUNTED, false));
        assertEquals(Next.LEAVE_PENDING, rule.after(Failures.Kind.CONFLICT, 6, RetryRule.NOT_COUNTED, false));
    }

    @Test
    void processNowGetsARunOfItsOwnBeforeFailingAgain() {
        assertEquals(Next.RETRY, rule.after(Failures.Kind.CONFLICT, 1, 9, true));
        assertEquals(Next.RETRY, rule.after(Failures.Kind.CONFLICT, 5, 13, true));
        assertEquals(Next.FAIL, rule.after(Failures.Kind.CONFLICT, 6, 14, true));
        assertEquals(Next.RETRY, rule.after(Failures.Kind.CONFLICT, 1, 1, true), "not used up: as any run");
    }

    @Test
    void anOutageLeavesItPendingHoweverOftenAndAnythingElseFailsAtOnce() {
        assertEquals(Next.LEAVE_PENDING, rule.after(Failures.Kind.UNAVAILABLE, 1, 1, false));
        assertEquals(Next.LEAVE_PENDING, rule.after(Failures.Kind.UNAVAILABLE, 1, 500, false));
        assertEquals(Next.FAIL, rule.after(Failures.Kind.PERMANENT, 1, RetryRule.NOT_COUNTED, false));
    }

    @Test
    void refusesABudgetOfNothing() {
        assertThrows(IllegalArgumentException.class, () -> new RetryRule(6, 0));
    }
}
