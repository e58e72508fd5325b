package dev.inventoryimport.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.inventoryimport.tools.Workload.Delivery;

/**
 * OrderFlow pushing through a load balancer to several instances of the service at once: one
 * {@link Workload} (shuffled, with repeats) paced at its rate, each delivery sent to the instances in
 * turn by several workers. An instance that gives no answer is taken out of the rotation, as a
 * balancer's health check takes out a dead node, and the message goes once more to another
 * instance, as OrderFlow sends again a push it got no answer for. Every attempt is recorded, so the
 * checks can tell acknowledged from refused pushes, and every message, so they can tell what each
 * stored request carried.
 */
final class BalancedPush {

    /**
     * One send. {@code status} is the HTTP status, or -1 when no answer came (the instance died);
     * {@code resend} marks the second attempt of a message whose first got no acknowledgement.
     */
    record Attempt(long messageId, int instance, int status, Long requestId, boolean repeat, boolean resend) {
        boolean acknowledged() {
            return status == 200;
        }
    }

    private final List<PushSender> senders = new ArrayList<>();
    private final AtomicReferenceArray<Boolean> up;
    private final AtomicIntegerArray inFlight;
    private final AtomicLong acknowledged = new AtomicLong();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Map<Long, PushMessage> messages = new ConcurrentHashMap<>();

    /** @param instances one configuration per instance (its base URL and contract); the rest is unused */
    BalancedPush(List<SimulationConfig> instances) {
        instances.forEach(c -> senders.add(new PushSender(c)));
        up = new AtomicReferenceArray<>(instances.size());
        inFlight = new AtomicIntegerArray(instances.size());
        for (int i = 0; i < instances.size(); i++) {
            up.set(i, true);
        }
    }

    /** Sends every delivery of {@code workload} at {@code rate} messages/s from {@code workers} threads. */
    void run(Workload workload, double rate, int workers) throws InterruptedException {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                done.add(pool.submit(() -> {
                    for (Delivery d; (d = workload.next()) != null; ) {
                        long wait = start + (long) (d.position() * 1e9 / rate) - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        deliver(d);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A push worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void deliver(Delivery d) throws InterruptedException {
        PushMessage m = d.message();
        messages.put(m.messageId(), m);
        int first = pick((int) (d.position() % senders.size()));
        if (send(first, m, d.repeat(), false)) {
            return;
        }
        int other = pick((first + 1) % senders.size());
        if (other != first) {
            send(other, m, d.repeat(), true);
        }
    }

    /** {@code preferred} if it is up, else the next instance that is. */
    private int pick(int preferred) {
        for (int k = 0; k < senders.size(); k++) {
            int i = (preferred + k) % senders.size();
            if (up.get(i)) {
                return i;
            }
        }
        throw new IllegalStateException("No instance left to push to");
    }

    private boolean send(int instance, PushMessage m, boolean repeat, boolean resend) throws InterruptedException {
        inFlight.incrementAndGet(instance);
        PushSender.Outcome o;
        try {
            o = senders.get(instance).send(m, null);
        } finally {
            inFlight.decrementAndGet(instance);
        }
        attempts.add(new Attempt(m.messageId(), instance, o.status(), o.requestId(), repeat, resend));
        if (o.status() < 0) {
            up.set(instance, false);
        }
        if (o.acknowledged()) {
            acknowledged.incrementAndGet();
        }
        return o.acknowledged();
    }

    long acknowledged() {
        return acknowledged.get();
    }

    /** Pushes to {@code instance} waiting for their answer now. */
    int inFlight(int instance) {
        return inFlight.get(instance);
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    Map<Long, PushMessage> messages() {
        return Map.copyOf(messages);
    }
}
