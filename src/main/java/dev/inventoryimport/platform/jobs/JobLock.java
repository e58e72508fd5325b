package dev.inventoryimport.platform.jobs;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DatabaseKind;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.support.LockException;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;

/**
 * One scheduled job's lock across instances, held by ShedLock's executor for the length of a run
 * (rows by {@link DbTimeLockStorage}). A run takes the lock for at most {@link #longestRun a few
 * intervals} (a crashed holder's lock expires then) and keeps it for at least {@link #shortestHold
 * four fifths of an interval}: the holder's next timer finds it free, while another instance whose
 * timer fires in between skips, so the job runs about once per interval across the instances.
 */
public final class JobLock {

    private static final Logger LOG = Logger.getLogger(JobLock.class.getName());

    /** Intervals a run may hold the lock: a slow run keeps it, a crashed one loses it after that. */
    static final int INTERVALS_PER_LOCK = 3;

    /** The shortest longest hold, for jobs that run every second or two. */
    static final Duration MINIMUM_LENGTH = Duration.ofSeconds(10);

    /** This JVM's {@code locked_by}: made once per start, so a restarted instance is a new holder. */
    public static final String HOLDER = holderId(hostName());

    /** What an attempt did, for how loudly the next one is logged. */
    enum Outcome { RAN, SKIPPED, UNAVAILABLE }

    private final LockingTaskExecutor executor;
    private final String job;
    private final Duration interval;
    private final String holder;
    private volatile Outcome previous = Outcome.SKIPPED;

    public JobLock(DataSource dataSource, DatabaseKind kind, String holder, String job, Duration interval) {
        this.executor = new DefaultLockingTaskExecutor(
                new StorageBasedLockProvider(new DbTimeLockStorage(dataSource, kind, holder)) { });
        this.job = job;
        this.interval = interval;
        this.holder = holder;
    }

    /** How long a run may hold the lock: a few intervals, at least {@link #MINIMUM_LENGTH}. */
    static Duration longestRun(Duration interval) {
        Duration length = interval.multipliedBy(INTERVALS_PER_LOCK);
        return length.compareTo(MINIMUM_LENGTH) < 0 ? MINIMUM_LENGTH : length;
    }

    /** How long the lock stays taken from a run's start, however short the run: four fifths of an interval. */
    static Duration shortestHold(Duration interval) {
        return interval.multipliedBy(4).dividedBy(5);
    }

    /**
     * Runs {@code task} if no other instance holds the job's lock, and tells whether it ran. What the
     * task throws is thrown on; a lock table that cannot be asked is logged and the run skipped.
     */
    public boolean runIfFree(Runnable task) {
        LockConfiguration lock = new LockConfiguration(Instant.now(), job, longestRun(interval), shortestHold(interval));
        AtomicBoolean started = new AtomicBoolean();
        try {
            executor.executeWithLock((Runnable) () -> {
                started.set(true);
                task.run();
            }, lock);
        } catch (LockException e) {
            // WARNING when the lock table first fails, or a run's lock could not be released; FINE while it stays down
            LOG.log(started.get() || previous != Outcome.UNAVAILABLE ? Level.WARNING : Level.FINE,
                    "Job " + job + ": " + e.getMessage());
            if (!started.get()) {
                previous = Outcome.UNAVAILABLE;
                return false;
            }
        }
        Outcome before = previous;
        previous = started.get() ? Outcome.RAN : Outcome.SKIPPED;
        if (started.get()) {
            LOG.log(before == Outcome.RAN ? Level.FINER : Level.INFO,
                    () -> "Job " + job + ": run by this instance (" + holder + ")");
        } else {
            LOG.fine(() -> "Job " + job + ": run skipped, another instance holds its lock");
        }
        return started.get();
    }

    /** {@code <host>-<8 random hex digits>}, at most 128 characters. */
    static String holderId(String host) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String h = host == null || host.isBlank() ? "instance" : host;
        return (h.length() > 110 ? h.substring(0, 110) : h) + "-" + HexFormat.of().formatHex(random);
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
