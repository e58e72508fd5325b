package dev.inventoryimport.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BoundedCallTest {

    private final List<CompletableFuture<String>> started = new ArrayList<>();

    private CompletableFuture<String> start() {
        CompletableFuture<String> call = new CompletableFuture<>();
        started.add(call);
        return call;
    }

    @Test
    void answersTheValueOfACallThatCompletes() {
        BoundedCall<String> call = new BoundedCall<>(Duration.ofSeconds(1), Duration.ZERO,
                () -> CompletableFuture.completedFuture("pong"));

        BoundedCall.Result<String> result = call.get();

        assertTrue(result.ok());
        assertEquals("pong", result.value());
    }

    @Test
    void aFailedCallIsAResultWithItsError() {
        BoundedCall<String> call = new BoundedCall<>(Duration.ofSeconds(1), Duration.ZERO,
                () -> CompletableFuture.failedFuture(new SQLException("Connection refused")));

        BoundedCall.Result<String> result = call.get();

        assertFalse(result.ok());
        assertNull(result.value());
        assertEquals("SQLException: Connection refused", result.error());
    }

    @Test
    void aCallThatCannotStartIsAResultWithItsError() {
        BoundedCall<String> call = new BoundedCall<>(Duration.ofSeconds(1), Duration.ZERO, () -> {
            throw new IllegalStateException("no thread");
        });

        assertEquals("IllegalStateException: no thread", call.get().error());
    }

    @Test
    void aHangingCallIsGivenUpAfterTheLimit() {
        BoundedCall<String> call = new BoundedCall<>(Duration.ofMillis(100), Duration.ZERO, this::start);

        long begin = System.nanoTime();
        BoundedCall.Result<String> result = call.get();
        long waitedMs = (System.nanoTime() - begin) / 1_000_000;

        assertEquals("no answer within 100 ms", result.error());
        assertTrue(waitedMs >= 90 && waitedMs < 2_000, "waited " + waitedMs + " ms");
    }

    @Test
    void callersWhileACallHangsJoinItRatherThanStartAnother() {
        BoundedCall<String> call = new BoundedCall<>(Duration.ofMillis(20), Duration.ZERO, this::start);

        call.get();
        call.get();
        BoundedCall<String>.Waiting third = call.begin();
        assertEquals(1, started.size(), "one call in flight, however many callers");

        started.get(0).complete("late");
        assertEquals("late", third.result().value());
        call.get();
        assertEquals(2, started.size(), "a new call once the last one has ended");
    }

    @Test
    void callsStartedTogetherAreWaitedForTogether() {
        BoundedCall<String> first = new BoundedCall<>(Duration.ofMillis(300), Duration.ZERO, this::start);
        BoundedCall<String> second = new BoundedCall<>(Duration.ofMillis(300), Duration.ZERO, this::start);

        long begin = System.nanoTime();
        BoundedCall<String>.Waiting a = first.begin();
        BoundedCall<String>.Waiting b = second.begin();
        a.result();
        b.result();
        long waitedMs = (System.nanoTime() - begin) / 1_000_000;

        assertTrue(waitedMs < 550, "both hung 300 ms at once, waited " + waitedMs + " ms in all");
    }

    @Test
    void aRecentResultIsReusedWithoutACall() {
        AtomicLong now = new AtomicLong(0);
        BoundedCall<String> call = new BoundedCall<>(Duration.ofSeconds(1), Duration.ofSeconds(2), () -> {
            CompletableFuture<String> f = start();
            f.complete("figure " + started.size());
            return f;
        }, now::get);

        BoundedCall.Result<String> first = call.get();
        now.set(Duration.ofMillis(1_999).toNanos());
        assertSame(first, call.get());
        assertEquals(1, started.size());

        now.set(Duration.ofMillis(2_000).toNanos());
        assertEquals("figure 2", call.get().value());
    }
}
