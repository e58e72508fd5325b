package dev.inventoryimport.intake.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 4, Duration.ofMinutes(5), clock);

    @Test
    void refusesAfterTooManyFailuresForAUserUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.allows("alice", "10.0.0." + i));
            throttle.failed("alice", "10.0.0." + i);
        }
        assertFalse(throttle.allows("alice", "10.0.0.9"), "per user, whatever the address");
        assertTrue(throttle.allows("bob", "10.0.0.9"));

        clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertTrue(throttle.allows("alice", "10.0.0.9"));
    }

    @Test
    void refusesAnAddressSprayingUsernames() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertFalse(throttle.allows("someone-else", "192.0.2.1"));
    }

    @Test
    void successClearsTheUsersFailures() {
        throttle.failed("carol", "a");
        throttle.failed("carol", "b");
        throttle.succeeded("carol");
        throttle.failed("carol", "c");
        assertTrue(throttle.allows("carol", "d"));
    }
}
