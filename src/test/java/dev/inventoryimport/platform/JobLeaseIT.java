package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import javax.sql.DataSource;

import dev.inventoryimport.platform.JobLeases.Attempt;
import dev.inventoryimport.platform.JobLeases.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job leases on a real database (H2 or MariaDB, as the failsafe run says; migrated by the
 * application's own {@link Migrations}), with two or more "instances": lease clients with holder ids
 * of their own over the same {@link JdbcLeaseStore} SQL. Plain JUnit, no container: seconds.
 */
class JobLeaseIT {

    private static final Duration HOUR = Duration.ofHours(1);

    private static DataSource db;
    /** Keeps the H2 file database open between the tests' short connections, as the service's pool does. */
    private static Connection keepOpen;

    private final JobLeases a = instance("a");
    private final JobLeases b = instance("b");

    @BeforeAll
    static void migrateAFreshDatabase() throws SQLException {
        db = TestDatabases.fresh("inventory_lease");
        keepOpen = db.getConnection();
        Migrations.migrate(db);
    }

    @AfterAll
    static void close() throws SQLException {
        keepOpen.close();
    }

    private static JobLeases instance(String name) {
        return new JobLeases(new JdbcLeaseStore(db), JobLeaseGuard.holderId("it-" + name));
    }

    @Test
    void onlyOneInstanceHoldsALeaseAtATime() throws SQLException {
        assertEquals(Outcome.ACQUIRED, a.acquire("one-holder", HOUR).outcome());
        Attempt other = b.acquire("one-holder", HOUR);
        assertEquals(Outcome.HELD_ELSEWHERE, other.outcome());
        assertEquals(a.holder(), other.seen().holder());
        assertTrue(other.seen().remaining().compareTo(Duration.ofMinutes(59)) > 0, other.message());
        assertEquals(Outcome.RENEWED, a.acquire("one-holder", HOUR).outcome());
        assertEquals(Outcome.HELD_ELSEWHERE, b.acquire("one-holder", HOUR).outcome());
        assertEquals(a.holder(), holderOf("one-holder"));
        // a lease is per job: b may hold another one
        assertEquals(Outcome.ACQUIRED, b.acquire("other-job", HOUR).outcome());
    }

    @Test
    void theHolderRenewsItsLeaseWhichThenOutlastsItsFirstTerm() throws Exception {
        Duration lease = Duration.ofSeconds(2);
        assertEquals(Outcome.ACQUIRED, a.acquire("renewal", lease).outcome());
        String acquiredAt = column("renewal", "acquired_at");
        Thread.sleep(1_200);
        assertEquals(Outcome.RENEWED, a.acquire("renewal", lease).outcome());
        Thread.sleep(1_200); // past the first term's end, within the renewed one
        Attempt other = b.acquire("renewal", lease);
        assertEquals(Outcome.HELD_ELSEWHERE, other.outcome(), other.message());
        assertEquals(acquiredAt, column("renewal", "acquired_at"), "a renewal keeps the term's start");
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsFormerHolderLearnsItLostIt() throws Exception {
        assertEquals(Outcome.ACQUIRED, a.acquire("takeover", Duration.ofMillis(500)).outcome());
        assertFalse(b.acquire("takeover", HOUR).held(), "not yet expired");
        Thread.sleep(700);
        Attempt takeover = b.acquire("takeover", HOUR);
        assertEquals(Outcome.TOOK_OVER, takeover.outcome(), takeover.message());
        assertEquals(Level.INFO, takeover.level());
        assertEquals(a.holder(), takeover.seen().holder());
        assertTrue(takeover.seen().expired());
        assertEquals(b.holder(), holderOf("takeover"));

        Attempt late = a.acquire("takeover", HOUR);
        assertEquals(Outcome.HELD_ELSEWHERE, late.outcome());
        assertEquals(Level.WARNING, late.level(), "the former holder is told it lost the lease");
    }

    @Test
    void releaseLetsTheOtherInstanceTakeOverAtOnce() throws SQLException {
        a.acquire("release-1", HOUR);
        a.acquire("release-2", HOUR);
        assertFalse(b.acquire("release-1", HOUR).held());
        assertEquals(2, a.releaseAll());
        assertEquals(Outcome.TOOK_OVER, b.acquire("release-1", HOUR).outcome());
        assertEquals(Outcome.TOOK_OVER, b.acquire("release-2", HOUR).outcome());
        assertFalse(a.acquire("release-1", HOUR).held(), "released means gone, until b's lease expires");
        assertEquals(0, a.releaseAll());
    }

    /**
     * Eight instances at once, each round twice: first on a missing row (the insert race, decided
     * by the primary key), then on an expired lease (the takeover race, decided by the update's
     * condition). Each time exactly one holds the lease, and the row names it.
     */
    @Test
    void concurrentAcquisitionYieldsExactlyOneWinner() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 1; round <= 5; round++) {
                String job = "race-" + round;
                JobLeases first = race(pool, threads, job, Duration.ofMillis(300), Outcome.ACQUIRED);
                assertEquals(first.holder(), holderOf(job));
                Thread.sleep(400);
                JobLeases second = race(pool, threads, job, HOUR, Outcome.TOOK_OVER);
                assertEquals(second.holder(), holderOf(job));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code threads} new instances' acquisitions at once; asserts one winner and returns it. */
    private static JobLeases race(ExecutorService pool, int threads, String job, Duration length, Outcome winning)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<JobLeases> instances = new ArrayList<>();
        List<Future<Attempt>> attempts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            JobLeases instance = instance("racer" + i);
            instances.add(instance);
            attempts.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return instance.acquire(job, length);
            }));
        }
        JobLeases winner = null;
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Attempt attempt = attempts.get(i).get(30, TimeUnit.SECONDS);
            outcomes.add(attempt.outcome());
            assertTrue(attempt.outcome() != Outcome.FAILED, attempt.message());
            if (attempt.held()) {
                winner = instances.get(i);
                assertEquals(winning, attempt.outcome());
            }
        }
        System.out.println("JobLeaseIT " + job + " (" + System.getProperty("it.database") + "): " + outcomes);
        assertEquals(1, outcomes.stream().filter(Outcome::held).count(), job + ": " + outcomes);
        return winner;
    }

    private static String holderOf(String job) throws SQLException {
        return column(job, "holder");
    }

    private static String column(String job, String column) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + column + " FROM job_lease WHERE job_name = '" + job + "'")) {
            assertTrue(rs.next(), "no lease row for " + job);
            return rs.getString(1);
        }
    }
}
