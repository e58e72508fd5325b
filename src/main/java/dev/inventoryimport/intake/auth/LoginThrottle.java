package dev.inventoryimport.intake.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of passwords and API keys: after {@code maxPerUser} failed logins for one
 * username, or {@code maxPerAddress} from one address (set higher: OrderFlow pushes from one
 * host), within the window, further attempts are refused until the window has passed, whatever the
 * secret. Kept in memory per instance: a restart forgets it, which only gives an attacker one more
 * window.
 */
public final class LoginThrottle {

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Whether a login for this username from this address may be tried now. */
    public boolean allows(String username, String address) {
        return recent("u:" + username) < maxPerUser && recent("a:" + address) < maxPerAddress;
    }

    public void failed(String username, String address) {
        record("u:" + username);
        record("a:" + address);
    }

    public void succeeded(String username) {
        failures.remove("u:" + username);
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
        if (failures.size() > 100_000) {
            // Bounded memory under a spray of usernames: forget everything rather than grow.
            failures.clear();
        }
    }

    private void prune(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }
}
