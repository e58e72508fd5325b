package dev.inventoryimport.platform;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

/**
 * One instance's leases on the scheduled jobs that must run on one instance at a time, in plain
 * Java over a {@link Store} (the database). Why leases: several instances share one database, and
 * two pending sweepers or two retention cleanups at once only waste work or step on each other;
 * a lease row per job names the one instance that runs it.
 *
 * <p>Each run asks {@link #acquire}: the row is read (holder, and time left by the database's
 * clock), then one conditional write decides: the holder renews, anyone takes an expired lease
 * over, a missing row is inserted. Two instances deciding at once both write, and the database
 * lets exactly one of them through (the update's condition, or the primary key); the loser skips
 * this run. A lease lasts {@link #lengthFor a few intervals}, so a holder that stops renewing (a
 * crash) loses it after that, and one that stops orderly {@link #releaseAll releases} it at once.
 */
public final class JobLeases {

    /** Intervals a lease outlasts its last renewal: a late timer or a slow run keeps it. */
    static final int INTERVALS_PER_LEASE = 3;

    /** The shortest lease, for jobs that run every second or two. */
    static final Duration MINIMUM_LENGTH = Duration.ofSeconds(10);

    /** The lease rows. Every method is one statement, committed on its own (autocommit). */
    public interface Store {

        /** The job's lease with the time left by the database's clock (zero or less: expired); empty: no row. */
        Optional<Lease> read(String job) throws SQLException;

        /** Creates the row, held by {@code holder}; false when another instance created it first. */
        boolean insert(String job, String holder, Duration length) throws SQLException;

        /**
         * Hands the lease to {@code holder} for {@code length} from now, only while the row is still
         * held by {@code expected} and is either {@code holder}'s already or expired.
         *
         * @param newTerm whether to restart {@code acquired_at} (a takeover) rather than keep it (a renewal)
         * @return false when the condition no longer held (another instance was quicker)
         */
        boolean update(String job, String expected, String holder, Duration length, boolean newTerm)
                throws SQLException;

        /** Ends, as of now, every unexpired lease {@code holder} has; returns how many. */
        int releaseAll(String holder) throws SQLException;
    }

    /** A lease row as read: who holds it, and for how much longer by the database's clock. */
    public record Lease(String holder, Duration remaining) {
        public boolean expired() {
            return remaining.isZero() || remaining.isNegative();
        }
    }

    /** What an attempt did. */
    public enum Outcome {
        /** No row yet: this instance created it. */
        ACQUIRED,
        /** Already this instance's: extended. */
        RENEWED,
        /** Another instance's lease had expired: now this instance's. */
        TOOK_OVER,
        /** Another instance holds an unexpired lease. */
        HELD_ELSEWHERE,
        /** Another instance acquired or took it over between the read and the write. */
        LOST_RACE,
        /** The database could not be asked. */
        FAILED;

        public boolean held() {
            return this == ACQUIRED || this == RENEWED || this == TOOK_OVER;
        }
    }

    /**
     * One attempt on a job's lease.
     *
     * @param seen       the row as read before the write (null: none, or not read)
     * @param heldBefore whether this instance held the lease after its previous attempt
     * @param failure    why the database could not be asked (only with {@link Outcome#FAILED})
     */
    public record Attempt(String job, String holder, Outcome outcome, Lease seen, boolean heldBefore,
                          boolean failedBefore, Exception failure) {

        public boolean held() {
            return outcome.held();
        }

        /**
         * How loud: INFO when this instance starts holding a lease, WARNING when it loses one it held
         * (it paused longer than the lease) or when the database first fails, FINE for the routine
         * skips of the instances that do not hold it and for a failure that goes on, FINER for a renewal.
         */
        public Level level() {
            if (outcome == Outcome.FAILED) {
                return failedBefore ? Level.FINE : Level.WARNING;
            }
            if (held()) {
                return heldBefore ? Level.FINER : Level.INFO;
            }
            return heldBefore ? Level.WARNING : Level.FINE;
        }

        public String message() {
            String lease = "Lease of job " + job + ": ";
            return switch (outcome) {
                case ACQUIRED -> lease + "acquired by this instance (" + holder + ")";
                case RENEWED -> lease + "renewed by this instance (" + holder + ")";
                case TOOK_OVER -> lease + "taken over by this instance (" + holder + ") from " + seen.holder()
                        + ", whose lease had expired " + seconds(seen.remaining().negated()) + " ago";
                case HELD_ELSEWHERE -> (heldBefore ? lease + "lost by this instance (" + holder
                        + ", renewed too late) to " : lease + "run skipped, held by ") + seen.holder()
                        + " for another " + seconds(seen.remaining());
                case LOST_RACE -> lease + "run skipped, another instance acquired it at the same moment";
                case FAILED -> lease + "run skipped, the database could not be asked: " + failure;
            };
        }

        private static String seconds(Duration d) {
            return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
    }

    private final Store store;
    private final String holder;
    /** The outcome of each job's previous attempt, for {@link Attempt#level()}. */
    private final Map<String, Outcome> previous = new ConcurrentHashMap<>();

    public JobLeases(Store store, String holder) {
        if (holder == null || holder.isBlank() || holder.length() > 128) {
            throw new IllegalArgumentException("holder id must be 1 to 128 characters: " + holder);
        }
        this.store = store;
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }

    /** The lease of a job run every {@code interval}: a few intervals, at least {@link #MINIMUM_LENGTH}. */
    public static Duration lengthFor(Duration interval) {
        Duration length = interval.multipliedBy(INTERVALS_PER_LEASE);
        return length.compareTo(MINIMUM_LENGTH) < 0 ? MINIMUM_LENGTH : length;
    }

    /** Acquires, renews or takes over the job's lease for {@code length}, if it is free to. Never throws. */
    public Attempt acquire(String job, Duration length) {
        Outcome before = previous.getOrDefault(job, Outcome.HELD_ELSEWHERE);
        Lease seen = null;
        Outcome outcome;
        Exception failure = null;
        try {
            seen = store.read(job).orElse(null);
            outcome = decide(seen, holder);
            outcome = switch (outcome) {
                case ACQUIRED -> store.insert(job, holder, length) ? Outcome.ACQUIRED : Outcome.LOST_RACE;
                case RENEWED, TOOK_OVER -> store.update(job, seen.holder(), holder, length, outcome == Outcome.TOOK_OVER)
                        ? outcome : Outcome.LOST_RACE;
                default -> outcome;
            };
        } catch (SQLException | RuntimeException e) {
            outcome = Outcome.FAILED;
            failure = e;
        }
        previous.put(job, outcome);
        return new Attempt(job, holder, outcome, seen, before.held(), before == Outcome.FAILED, failure);
    }

    /**
     * What to try, from the row as read: insert a missing one, renew this instance's own (even
     * expired: nobody took it meanwhile), take an expired one over, else leave it.
     */
    static Outcome decide(Lease seen, String me) {
        if (seen == null) {
            return Outcome.ACQUIRED;
        }
        if (seen.holder().equals(me)) {
            return Outcome.RENEWED;
        }
        return seen.expired() ? Outcome.TOOK_OVER : Outcome.HELD_ELSEWHERE;
    }

    /** Gives up every lease this instance holds, so another takes each over at its next run. */
    public int releaseAll() throws SQLException {
        previous.clear();
        return store.releaseAll(holder);
    }
}
