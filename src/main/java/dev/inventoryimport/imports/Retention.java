package dev.inventoryimport.imports;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.platform.JobLeaseGuard;
import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention cleanup's schedule: every {@code RETENTION_INTERVAL_SECONDS} (an hour) it deletes
 * requests processed more than {@code RETENTION_DAYS} ago (a run-time setting, read at each run)
 * with their imports, in chunks ({@link RetentionCleanup}, {@link RetentionStore}), and logs one
 * line with what it deleted. Runs without a transaction of its own: each chunk has one.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "JobLeaseGuard"})
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    RetentionStore store;

    @Inject
    RuntimeSettings settings;

    @Inject
    JobLeaseGuard leases;

    @Inject
    @ConfigProperty(name = "RETENTION_INTERVAL_SECONDS")
    int intervalSeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void cleanUp() {
        if (!leases.mayRun("retention", Duration.ofSeconds(intervalSeconds))) {
            return; // another instance cleans up
        }
        long started = System.nanoTime();
        try {
            RetentionCleanup.Outcome outcome = RetentionCleanup.run(UtcClock.now(), settings.retentionDays(),
                    RetentionCleanup.CHUNK_SIZE, store);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (outcome.stoppedBy() == null || outcome.yieldedToConcurrentRun()) {
                LOG.info(() -> outcome.summary(millis));
            } else {
                LOG.log(Level.WARNING, outcome.summary(millis));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention skipped: " + Failures.describe(e));
        }
    }
}
