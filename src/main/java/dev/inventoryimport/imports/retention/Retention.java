package dev.inventoryimport.imports.retention;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.imports.Failures;
import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.platform.jobs.LeasedIntervalJob;
import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The retention cleanup's schedule: every {@code RETENTION_INTERVAL_SECONDS} (an hour) it deletes
 * requests processed more than {@code RETENTION_DAYS} ago (a run-time setting, read at each run)
 * with their imports, in chunks ({@link RetentionCleanup}, {@link RetentionStore}), and logs one
 * line with what it deleted. Runs without a transaction of its own: each chunk has one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class Retention extends LeasedIntervalJob {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    RetentionStore store;

    @Inject
    RuntimeSettings settings;

    public Retention() {
        super("retention", "RETENTION_INTERVAL_SECONDS");
    }

    @Override
    protected void runOnce() {
        long started = System.nanoTime();
        RetentionCleanup.Outcome outcome = RetentionCleanup.run(UtcClock.now(), settings.retentionDays(),
                RetentionCleanup.CHUNK_SIZE, store);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (outcome.stoppedBy() == null || outcome.yieldedToConcurrentRun()) {
            LOG.info(() -> outcome.summary(millis));
        } else {
            LOG.log(Level.WARNING, outcome.summary(millis));
        }
    }

    @Override
    protected void skipped(RuntimeException e) {
        LOG.log(Level.WARNING, "Retention skipped: " + Failures.describe(e));
    }
}
