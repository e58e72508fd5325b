package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import dev.inventoryimport.platform.JobLeases.Attempt;
import dev.inventoryimport.platform.JobLeases.Lease;
import dev.inventoryimport.platform.JobLeases.Outcome;
import org.junit.jupiter.api.Test;

/** The lease decisions against an in-memory table with a clock of its own (the "database's"). */
class JobLeasesTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    /** job_lease in memory; {@code beforeWrite} plays another instance acting between read and write. */
    private static final class MemoryStore implements JobLeases.Store {
        record Row(String holder, long acquiredAt, long expiresAt) {
        }

        final Map<String, Row> rows = new HashMap<>();
        long now;
        Runnable beforeWrite = () -> { };
        boolean down;

        @Override
        public Optional<Lease> read(String job) throws SQLException {
            check();
            Row r = rows.get(job);
            return r == null ? Optional.empty() : Optional.of(new Lease(r.holder(), Duration.ofMillis(r.expiresAt() - now)));
        }

        @Override
        public boolean insert(String job, String holder, Duration length) throws SQLException {
            check();
            beforeWrite.run();
            return rows.putIfAbsent(job, new Row(holder, now, now + length.toMillis())) == null;
        }

        @Override
        public boolean update(String job, String expected, String holder, Duration length, boolean newTerm)
                throws SQLException {
            check();
            beforeWrite.run();
            Row r = rows.get(job);
            if (r == null || !r.holder().equals(expected) || !(r.holder().equals(holder) || r.expiresAt() <= now)) {
                return false;
            }
            rows.put(job, new Row(holder, newTerm ? now : r.acquiredAt(), now + length.toMillis()));
            return true;
        }

        @Override
        public int releaseAll(String holder) throws SQLException {
            check();
            int n = 0;
            for (var e : rows.entrySet()) {
                if (e.getValue().holder().equals(holder) && e.getValue().expiresAt() > now) {
                    e.setValue(new Row(holder, e.getValue().acquiredAt(), now));
                    n++;
                }
            }
            return n;
        }

        private void check() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException("Communications link failure");
            }
        }
    }

    private final MemoryStore db = new MemoryStore();
    private final JobLeases a = new JobLeases(db, "host-a-00000001");
    private final JobLeases b = new JobLeases(db, "host-b-00000002");

    @Test
    void aLeaseLastsThreeIntervalsAndAtLeastTenSeconds() {
        assertEquals(Duration.ofSeconds(180), JobLeases.lengthFor(Duration.ofSeconds(60)));
        assertEquals(Duration.ofHours(3), JobLeases.lengthFor(Duration.ofHours(1)));
        assertEquals(Duration.ofSeconds(10), JobLeases.lengthFor(Duration.ofSeconds(2)));
        assertEquals(Duration.ofSeconds(10), JobLeases.lengthFor(Duration.ZERO));
    }

    @Test
    void theFirstInstanceCreatesTheRowAndTheOtherSkipsQuietly() {
        Attempt first = a.acquire("sweeper", LEASE);
        assertEquals(Outcome.ACQUIRED, first.outcome());
        assertEquals(Level.INFO, first.level());

        Attempt other = b.acquire("sweeper", LEASE);
        assertEquals(Outcome.HELD_ELSEWHERE, other.outcome());
        assertFalse(other.held());
        assertEquals(Level.FINE, other.level());
        assertEquals("Lease of job sweeper: run skipped, held by host-a-00000001 for another 30.0 s", other.message());
    }

    @Test
    void theHolderRenewsSilentlyAndKeepsItsTerm() {
        a.acquire("sweeper", LEASE);
        db.now += 20_000;
        Attempt renewal = a.acquire("sweeper", LEASE);
        assertEquals(Outcome.RENEWED, renewal.outcome());
        assertEquals(Level.FINER, renewal.level());
        assertEquals(50_000, db.rows.get("sweeper").expiresAt());
        assertEquals(0, db.rows.get("sweeper").acquiredAt());

        db.now += 29_000; // 49 s: expired by the first term, not by the renewed one
        assertEquals(Outcome.HELD_ELSEWHERE, b.acquire("sweeper", LEASE).outcome());
    }

    @Test
    void anExpiredLeaseIsTakenOverAtTheMomentItExpiresAndTheFormerHolderHearsOfIt() {
        a.acquire("sweeper", LEASE);
        db.now += 29_999;
        assertFalse(b.acquire("sweeper", LEASE).held());
        db.now += 1;
        Attempt takeover = b.acquire("sweeper", LEASE);
        assertEquals(Outcome.TOOK_OVER, takeover.outcome());
        assertEquals(Level.INFO, takeover.level());
        assertEquals("host-a-00000001", takeover.seen().holder());
        assertEquals(30_000, db.rows.get("sweeper").acquiredAt());
        assertEquals("Lease of job sweeper: taken over by this instance (host-b-00000002) from host-a-00000001,"
                + " whose lease had expired 0.0 s ago", takeover.message());

        Attempt late = a.acquire("sweeper", LEASE);
        assertEquals(Outcome.HELD_ELSEWHERE, late.outcome());
        assertEquals(Level.WARNING, late.level());
        assertTrue(late.message().contains("lost by this instance"), late.message());
    }

    @Test
    void aHolderWhoseLeaseLapsedWithNobodyTakingItRenewsIt() {
        a.acquire("sweeper", LEASE);
        db.now += 90_000;
        assertEquals(Outcome.RENEWED, a.acquire("sweeper", LEASE).outcome());
        assertEquals(120_000, db.rows.get("sweeper").expiresAt());
    }

    @Test
    void releaseLetsTheOtherInstanceTakeOverAtOnce() throws SQLException {
        a.acquire("sweeper", LEASE);
        a.acquire("retention", LEASE);
        assertEquals(2, a.releaseAll());
        assertEquals(Outcome.TOOK_OVER, b.acquire("sweeper", LEASE).outcome());
        assertEquals(Outcome.TOOK_OVER, b.acquire("retention", LEASE).outcome());
        assertEquals(0, a.releaseAll(), "nothing left to release");
    }

    @Test
    void losingTheInsertRaceSkipsTheRun() {
        db.beforeWrite = () -> {
            db.beforeWrite = () -> { };
            assertEquals(Outcome.ACQUIRED, b.acquire("sweeper", LEASE).outcome());
        };
        Attempt lost = a.acquire("sweeper", LEASE);
        assertEquals(Outcome.LOST_RACE, lost.outcome());
        assertNull(lost.seen());
        assertEquals(Level.FINE, lost.level());
    }

    @Test
    void losingTheTakeoverRaceSkipsTheRun() {
        JobLeases c = new JobLeases(db, "host-c-00000003");
        a.acquire("sweeper", LEASE);
        db.now += 31_000;
        db.beforeWrite = () -> {
            db.beforeWrite = () -> { };
            assertEquals(Outcome.TOOK_OVER, c.acquire("sweeper", LEASE).outcome());
        };
        assertEquals(Outcome.LOST_RACE, b.acquire("sweeper", LEASE).outcome());
        assertEquals("host-c-00000003", db.rows.get("sweeper").holder());
    }

    @Test
    void theHolderLosesItsRenewalToAQuickerTakeoverAfterPausingTooLong() {
        a.acquire("sweeper", LEASE);
        db.now += 40_000;
        db.beforeWrite = () -> {
            db.beforeWrite = () -> { };
            assertEquals(Outcome.TOOK_OVER, b.acquire("sweeper", LEASE).outcome());
        };
        Attempt renewal = a.acquire("sweeper", LEASE);
        assertEquals(Outcome.LOST_RACE, renewal.outcome());
        assertEquals(Level.WARNING, renewal.level());
    }

    @Test
    void aDatabaseFailureSkipsTheRunWarningOnceThenQuietlyUntilItIsBack() {
        a.acquire("sweeper", LEASE);
        db.down = true;
        Attempt first = a.acquire("sweeper", LEASE);
        assertEquals(Outcome.FAILED, first.outcome());
        assertFalse(first.held());
        assertEquals(Level.WARNING, first.level());
        assertTrue(first.message().contains("Communications link failure"), first.message());
        assertEquals(Level.FINE, a.acquire("sweeper", LEASE).level());

        db.down = false;
        Attempt back = a.acquire("sweeper", LEASE);
        assertEquals(Outcome.RENEWED, back.outcome());
        assertEquals(Level.INFO, back.level());
    }

    @Test
    void aHolderIdMustFitTheColumn() {
        assertThrows(IllegalArgumentException.class, () -> new JobLeases(db, ""));
        assertThrows(IllegalArgumentException.class, () -> new JobLeases(db, "x".repeat(129)));
        String id = JobLeaseGuard.holderId("h".repeat(300));
        assertEquals(119, id.length());
        assertTrue(JobLeaseGuard.holderId("web-1").matches("web-1-[0-9a-f]{8}"));
        assertTrue(!JobLeaseGuard.holderId("web-1").equals(JobLeaseGuard.holderId("web-1")), "random per start");
    }
}
