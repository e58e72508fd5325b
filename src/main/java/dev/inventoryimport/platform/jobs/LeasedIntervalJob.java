package dev.inventoryimport.platform.jobs;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.platform.database.DatabaseKind;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A scheduled job run every interval by one instance at a time: the timer fires on every instance,
 * and the instance that takes the job's lock ({@link JobLock}, ShedLock) runs the job. Subclasses are
 * {@code @Singleton @Startup} beans, {@code @DependsOn("DatabaseMigration")}, naming the job and the
 * configuration property of its interval in seconds; the first run is one interval after start-up.
 * The job runs without a transaction of its own.
 *
 * <p>Nothing escapes the timeout method: one that throws twice has its timer expunged, and the
 * jobs must outlive a database outage.
 */
public abstract class LeasedIntervalJob {

    private static final Logger LOG = Logger.getLogger(LeasedIntervalJob.class.getName());

    @Resource(lookup = DataSources.NON_TRANSACTIONAL)
    DataSource dataSource;

    @Resource
    TimerService timers;

    private JobLock lock;

    private final String name;
    private final String intervalProperty;

    /**
     * @param name             the job's lock and timer name
     * @param intervalProperty the configuration property of the interval in seconds (at least 1)
     */
    protected LeasedIntervalJob(String name, String intervalProperty) {
        this.name = name;
        this.intervalProperty = intervalProperty;
    }

    /** One run, on the instance holding the lock. */
    protected abstract void runOnce();

    /** Reports a run that failed; the next one comes an interval later. */
    protected abstract void skipped(RuntimeException e);

    @PostConstruct
    void schedule() {
        Duration interval = Duration.ofSeconds(Math.max(1, ConfigProvider.getConfig().getValue(intervalProperty, Integer.class)));
        lock = new JobLock(dataSource, DatabaseKind.of(dataSource), JobLock.HOLDER, name, interval);
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(name, false));
        LOG.info(() -> "Job " + name + " runs every " + interval.toSeconds() + " s on one instance at a time"
                + " (lock table shedlock); this instance is " + JobLock.HOLDER);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void fire() {
        runLocked(lock::runIfFree, this::runOnce, this::skipped);
    }

    /** Runs {@code job} under {@code lock}; whatever either throws goes to {@code skipped}, never further. */
    static void runLocked(Predicate<Runnable> lock, Runnable job, Consumer<RuntimeException> skipped) {
        try {
            lock.test(job);
        } catch (RuntimeException e) {
            skipped.accept(e);
        }
    }
}
