package dev.inventoryimport.platform;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A scheduled job run every interval by one instance at a time: the timer fires on every instance,
 * and only the holder of the job's lease ({@link JobLeaseGuard}) runs the job. Subclasses are
 * {@code @Singleton @Startup} beans naming the job and the configuration property of its interval
 * in seconds; the first run is one interval after start-up. The job runs without a transaction of
 * its own.
 *
 * <p>Nothing escapes the timeout method: one that throws twice has its timer expunged, and the
 * jobs must outlive a database outage.
 */
public abstract class LeasedIntervalJob {

    @Inject
    JobLeaseGuard leases;

    @Resource
    TimerService timers;

    /** Read from the configuration at start-up. */
    private int intervalSeconds;

    private final String name;
    private final String intervalProperty;

    /**
     * @param name             the job's lease and timer name
     * @param intervalProperty the configuration property of the interval in seconds (at least 1)
     */
    protected LeasedIntervalJob(String name, String intervalProperty) {
        this.name = name;
        this.intervalProperty = intervalProperty;
    }

    /** One run, on the instance holding the lease. */
    protected abstract void runOnce();

    /** Reports a run that failed; the next one comes an interval later. */
    protected abstract void skipped(RuntimeException e);

    @PostConstruct
    void schedule() {
        intervalSeconds = ConfigProvider.getConfig().getValue(intervalProperty, Integer.class);
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(name, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void fire() {
        runLeased(() -> leases.mayRun(name, Duration.ofSeconds(intervalSeconds)), this::runOnce, this::skipped);
    }

    /** Runs {@code job} if this instance may; whatever it throws goes to {@code skipped}, never further. */
    static void runLeased(BooleanSupplier mayRun, Runnable job, Consumer<RuntimeException> skipped) {
        try {
            if (mayRun.getAsBoolean()) {
                job.run();
            }
        } catch (RuntimeException e) {
            skipped.accept(e);
        }
    }
}
