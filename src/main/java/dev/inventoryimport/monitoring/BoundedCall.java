package dev.inventoryimport.monitoring;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import dev.inventoryimport.imports.Failures;

/**
 * A call to the database or the broker that must not hold its caller (a health probe, a metrics
 * scrape) longer than {@code limit}, whatever the other side does. The call runs elsewhere (an
 * asynchronous EJB method, which {@code start} invokes); this waits for it at most {@code limit}.
 *
 * <p>At most one call is in flight: a caller arriving while the last call still runs (it hangs,
 * say, on a connect to a host that stopped answering) waits for that one instead of starting
 * another, so a stuck database never piles up threads. A result younger than {@code reuseFor} is
 * answered again without a call, so several gauges read per scrape cost one query.
 */
final class BoundedCall<T> {

    /** Starts the call elsewhere; a checked exception of the method is delivered through the future. */
    @FunctionalInterface
    interface Start<T> {
        Future<T> start() throws Exception;
    }

    /** What a call gave: a value, or why there is none; and how long the caller waited. */
    record Result<T>(T value, String error, Duration took) {
        boolean ok() {
            return error == null;
        }
    }

    /** A call started (or joined, or answered from the last result), not yet waited for. */
    final class Waiting {
        private final long begin;
        private final Future<T> call;
        private final Result<T> ready;

        private Waiting(long begin, Future<T> call, Result<T> ready) {
            this.begin = begin;
            this.call = call;
            this.ready = ready;
        }

        /** Never throws: a failure, a timeout or an interruption is a result with an error. */
        Result<T> result() {
            if (ready != null) {
                return ready;
            }
            long remaining = limit.toNanos() - (nanoClock.getAsLong() - begin);
            Result<T> result;
            try {
                result = new Result<>(call.get(Math.max(0, remaining), TimeUnit.NANOSECONDS), null, took(begin));
            } catch (TimeoutException e) {
                result = new Result<>(null, "no answer within " + limit.toMillis() + " ms", took(begin));
            } catch (ExecutionException e) {
                result = failed(e.getCause() == null ? e : e.getCause(), begin);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = new Result<>(null, "interrupted", took(begin));
            }
            return remember(result, begin);
        }
    }

    private final Duration limit;
    private final Duration reuseFor;
    private final Start<T> start;
    private final LongSupplier nanoClock;

    private Future<T> inFlight;
    private Result<T> last;
    private long lastAt;

    BoundedCall(Duration limit, Duration reuseFor, Start<T> start) {
        this(limit, reuseFor, start, System::nanoTime);
    }

    BoundedCall(Duration limit, Duration reuseFor, Start<T> start, LongSupplier nanoClock) {
        this.limit = limit;
        this.reuseFor = reuseFor;
        this.start = start;
        this.nanoClock = nanoClock;
    }

    /** Starts the call, or joins the one in flight, without waiting: to run several at once. */
    synchronized Waiting begin() {
        long begin = nanoClock.getAsLong();
        if (last != null && begin - lastAt < reuseFor.toNanos()) {
            return new Waiting(begin, null, last);
        }
        if (inFlight == null || inFlight.isDone()) {
            try {
                inFlight = start.start();
            } catch (Exception e) {
                inFlight = null;
                return new Waiting(begin, null, remember(failed(e, begin), begin));
            }
        }
        return new Waiting(begin, inFlight, null);
    }

    /** Starts or joins the call and waits for it, at most {@code limit}. */
    Result<T> get() {
        return begin().result();
    }

    private synchronized Result<T> remember(Result<T> result, long at) {
        last = result;
        lastAt = at;
        return result;
    }

    private Result<T> failed(Throwable error, long begin) {
        return new Result<>(null, Failures.describe(error), took(begin));
    }

    private Duration took(long begin) {
        return Duration.ofNanos(nanoClock.getAsLong() - begin);
    }
}
