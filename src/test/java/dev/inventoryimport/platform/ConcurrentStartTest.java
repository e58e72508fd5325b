package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.Test;

/**
 * The retries themselves are the container's (MicroProfile Fault Tolerance, which intercepts only
 * calls through the bean's proxy): this checks the policy the bean declares and what one attempt
 * does with a seed.
 */
class ConcurrentStartTest {

    private static Method seed() throws NoSuchMethodException {
        return ConcurrentStart.class.getMethod("seed", String.class, Runnable.class);
    }

    @Test
    void aSeedThatLostTheRaceIsRunAgainUpToTheAttemptsInAll() throws Exception {
        Retry retry = seed().getAnnotation(Retry.class);
        assertNotNull(retry);
        assertEquals(ConcurrentStart.ATTEMPTS, retry.maxRetries() + 1);
        assertArrayEquals(new Class<?>[] {Exception.class}, retry.retryOn(), "a lost race fails with any exception");
        assertEquals(0, retry.abortOn().length);
        assertTrue(retry.delay() > 0, "the instance that won commits first");
        assertTrue(retry.maxDuration() > ConcurrentStart.ATTEMPTS * (retry.delay() + retry.jitter()),
                "the duration limit never cuts the attempts short");
    }

    @Test
    void eachAttemptIsATransactionOfItsOwnNotOneAroundTheRetries() throws Exception {
        // @Transactional's interceptor runs outside Fault Tolerance's: on this bean it would hold every attempt.
        assertFalse(ConcurrentStart.class.isAnnotationPresent(Transactional.class));
        assertFalse(seed().isAnnotationPresent(Transactional.class));
    }

    @Test
    void aSeedThatSucceedsRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        new ConcurrentStart().seed("a row", runs::incrementAndGet);
        assertEquals(1, runs.get());
    }

    @Test
    void aSeedThatKeepsFailingFailsTheStartWithItsOwnError() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException last = new IllegalStateException("database unreachable");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new ConcurrentStart().seed("a row", () -> {
            runs.incrementAndGet();
            throw last;
        }));
        assertSame(last, thrown);
        assertEquals(1, runs.get(), "one attempt per call; the container repeats the call");
    }
}
