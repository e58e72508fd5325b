package dev.inventoryimport.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DatabaseKind;
import dev.inventoryimport.platform.database.Migrations;
import dev.inventoryimport.platform.database.TestDatabases;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduled jobs' locks on a real database (H2 or MariaDB, as the failsafe run says; migrated by
 * the application's own {@link Migrations}), with two or more "instances": ShedLock lock providers
 * over {@link DbTimeLockStorage}, each with a holder id of its own, on the same {@code shedlock}
 * table; and {@link JobLock}, the wiring the interval jobs run under. Plain JUnit, no container.
 */
class JobLeaseIT {

    private static final Duration HOUR = Duration.ofHours(1);

    private static DataSource db;
    private static DatabaseKind kind;
    /** Keeps the H2 file database open between the tests' short connections, as the service's pool does. */
    private static Connection keepOpen;

    private final Instance a = new Instance("a");
    private final Instance b = new Instance("b");

    @BeforeAll
    static void migrateAFreshDatabase() throws SQLException {
        db = TestDatabases.fresh("inventory_lease");
        keepOpen = db.getConnection();
        Migrations.migrate(db);
        kind = DatabaseKind.of(db);
    }

    @AfterAll
    static void close() throws SQLException {
        keepOpen.close();
    }

    /** One service instance's lock provider, as each job builds it: a holder id and a lock-record cache of its own. */
    private static final class Instance {
        final String holder;
        final LockProvider locks;

        Instance(String name) {
            holder = JobLock.holderId("it-" + name);
            locks = new StorageBasedLockProvider(new DbTimeLockStorage(db, kind, holder)) { };
        }

        Optional<SimpleLock> lock(String job, Duration atMost, Duration atLeast) {
            return locks.lock(new LockConfiguration(Instant.now(), job, atMost, atLeast));
        }

        JobLock job(String job, Duration interval) {
            return new JobLock(db, kind, holder, job, interval);
        }
    }

    @Test
    void onlyOneInstanceHoldsALockAtATime() throws SQLException {
        Optional<SimpleLock> held = a.lock("one-holder", HOUR, Duration.ZERO);
        assertTrue(held.isPresent());
        assertFalse(b.lock("one-holder", HOUR, Duration.ZERO).isPresent());
        assertFalse(a.lock("one-holder", HOUR, Duration.ZERO).isPresent(), "not twice on one instance either");
        assertEquals(a.holder, holderOf("one-holder"));
        // a lock is per job: b may hold another one
        assertTrue(b.lock("other-job", HOUR, Duration.ZERO).isPresent());

        held.get().unlock();
        assertTrue(b.lock("one-holder", HOUR, Duration.ZERO).isPresent(), "released at the end of the run");
        assertEquals(b.holder, holderOf("one-holder"));
    }

    @Test
    void aReleasedLockStaysTakenForItsLeastTimeThenPassesOn() throws Exception {
        a.lock("least", HOUR, Duration.ofMillis(1_500)).orElseThrow().unlock();
        assertFalse(b.lock("least", HOUR, Duration.ZERO).isPresent(), "within the least time");
        Thread.sleep(1_700);
        assertTrue(b.lock("least", HOUR, Duration.ZERO).isPresent());
    }

    /** A holder that stops without releasing (a crash); when it comes back late it cannot free the new holder's lock. */
    @Test
    void aCrashedHoldersLockExpiresAndItsLateReleaseLeavesTheNewHolderAlone() throws Exception {
        SimpleLock crashed = a.lock("takeover", Duration.ofMillis(500), Duration.ZERO).orElseThrow();
        assertFalse(b.lock("takeover", HOUR, Duration.ZERO).isPresent(), "not yet expired");
        Thread.sleep(700);
        assertTrue(b.lock("takeover", HOUR, Duration.ZERO).isPresent());
        assertEquals(b.holder, holderOf("takeover"));

        crashed.unlock();
        assertFalse(new Instance("c").lock("takeover", HOUR, Duration.ZERO).isPresent(), "still b's");
        assertEquals(b.holder, holderOf("takeover"));
    }

    /**
     * Expiry is the database's: an instance whose clock is an hour behind still holds its lock for
     * its whole length, and one an hour ahead loses it as soon as that has passed.
     */
    @Test
    void expiryIsJudgedByTheDatabasesClockNotTheInstances() throws Exception {
        Instant hourBehind = Instant.now().minus(HOUR);
        assertTrue(a.locks.lock(new LockConfiguration(hourBehind, "clock-behind", Duration.ofMinutes(2), Duration.ZERO))
                .isPresent());
        assertFalse(b.lock("clock-behind", HOUR, Duration.ZERO).isPresent());
        assertEquals(Duration.ofMinutes(2), heldFor("clock-behind"));

        Instant hourAhead = Instant.now().plus(HOUR);
        assertTrue(a.locks.lock(new LockConfiguration(hourAhead, "clock-ahead", Duration.ofMillis(500), Duration.ZERO))
                .isPresent());
        Thread.sleep(700);
        assertTrue(b.lock("clock-ahead", HOUR, Duration.ZERO).isPresent());
    }

    /**
     * Eight instances at once, each round twice: first on a missing row (the insert race, decided
     * by the primary key), then on an expired lock (the takeover race, decided by the update's
     * condition). Each time exactly one holds the lock, and the row names it.
     */
    @Test
    void concurrentAcquisitionYieldsExactlyOneWinner() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 1; round <= 5; round++) {
                String job = "race-" + round;
                Instance first = race(pool, threads, job, Duration.ofMillis(300));
                assertEquals(first.holder, holderOf(job));
                Thread.sleep(400);
                Instance second = race(pool, threads, job, HOUR);
                assertEquals(second.holder, holderOf(job));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code threads} new instances' lock attempts at once; asserts one winner and returns it. */
    private static Instance race(ExecutorService pool, int threads, String job, Duration atMost) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Instance> instances = new ArrayList<>();
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Instance instance = new Instance("racer" + i);
            instances.add(instance);
            attempts.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return instance.lock(job, atMost, Duration.ZERO).isPresent();
            }));
        }
        Instance winner = null;
        List<Boolean> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            boolean held = attempts.get(i).get(30, TimeUnit.SECONDS);
            outcomes.add(held);
            if (held) {
                winner = instances.get(i);
            }
        }
        System.out.println("JobLeaseIT " + job + " (" + System.getProperty("it.database") + "): " + outcomes);
        assertEquals(1, outcomes.stream().filter(held -> held).count(), job + ": " + outcomes);
        return winner;
    }

    /**
     * The interval jobs' wiring: eight instances' timers firing at once run the job once, the others
     * skip it; the lock stays taken for four fifths of the interval after the run, then the next
     * timer, on any instance, runs it again.
     */
    @Test
    void anIntervalJobRunsOnOneInstanceAtATimeAndOncePerInterval() throws Exception {
        Duration interval = Duration.ofSeconds(2);
        int threads = 8;
        List<JobLock> instances = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            instances.add(new Instance("timer" + i).job("sweep", interval));
        }
        AtomicInteger running = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Runnable job = () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runs.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Boolean>> fired = new ArrayList<>();
            for (JobLock instance : instances) {
                fired.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return instance.runIfFree(job);
                }));
            }
            long ran = 0;
            for (Future<Boolean> f : fired) {
                ran += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, ran);
            assertEquals(1, runs.get());
            assertEquals(0, overlaps.get());
        } finally {
            pool.shutdownNow();
        }
        for (JobLock instance : instances) {
            assertFalse(instance.runIfFree(job), "the run's lock lasts four fifths of the interval");
        }
        Thread.sleep(interval.toMillis());
        assertTrue(instances.get(5).runIfFree(job), "the next interval's run");
        assertEquals(2, runs.get());
    }

    private static String holderOf(String job) throws SQLException {
        return column(job, "locked_by");
    }

    /** How long the lock was taken for, from the row: {@code lock_until - locked_at} by the database. */
    private static Duration heldFor(String job) throws SQLException {
        return Duration.ofNanos(Long.parseLong(column(job, "TIMESTAMPDIFF(MICROSECOND, locked_at, lock_until)")) * 1_000);
    }

    private static String column(String job, String column) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + column + " FROM shedlock WHERE name = '" + job + "'")) {
            assertTrue(rs.next(), "no lock row for " + job);
            return rs.getString(1);
        }
    }
}
