package dev.inventoryimport.queue;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.platform.jobs.LeasedIntervalJob;
import dev.inventoryimport.requests.RequestQueries;
import dev.inventoryimport.settings.AppConfig;
import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Recovers requests whose trigger was lost or whose import could not finish (database or broker
 * down, repeated conflicts): every {@code SWEEP_INTERVAL_SECONDS} (a minute) it re-sends triggers
 * for up to {@code IMPORT_BATCH_SIZE} requests Pending for longer than {@code PENDING_GRACE_SECONDS}
 * and not attempted within it (a run still retrying is left to finish). A duplicate trigger is harmless:
 * an import first claims its request, and only a Pending one can be claimed. Paused while the
 * import is disabled; turning it back on drains the whole backlog.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PendingSweeper extends LeasedIntervalJob {

    private static final Logger LOG = Logger.getLogger(PendingSweeper.class.getName());

    @Inject
    RequestQueries requests;

    @Inject
    ImportQueue queue;

    @Inject
    RuntimeSettings settings;

    @Inject
    AppConfig config;

    public PendingSweeper() {
        super("pending-sweeper", "SWEEP_INTERVAL_SECONDS");
    }

    @Override
    protected void runOnce() {
        if (!settings.importEnabled()) {
            return;
        }
        List<Long> stale = requests.pendingOlderThan(config.pendingGraceSeconds(), 0L, settings.importBatchSize());
        queue.enqueueAll(stale);
        if (!stale.isEmpty()) {
            String which = tags(stale);
            LOG.info(() -> "Re-queued " + stale.size() + " Pending request(s): " + which);
        }
    }

    /** The sweeper must outlive a database outage, since recovering from one is its job. */
    @Override
    protected void skipped(RuntimeException e) {
        LOG.log(Level.WARNING, "Sweep skipped: " + e.getMessage());
    }

    /** The log tags of re-queued requests; without their message ids if those cannot be read now. */
    private String tags(List<Long> ids) {
        Map<Long, Long> messageIds;
        try {
            messageIds = requests.messageIds(ids);
        } catch (RuntimeException e) {
            messageIds = Map.of();
        }
        Map<Long, Long> known = messageIds;
        return ids.stream().map(id -> LogContext.tag(id, known.get(id)).strip()).collect(Collectors.joining(" "));
    }

    /** After the import is switched back on: queue every Pending request, a batch at a time. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void drain(@Observes(during = TransactionPhase.AFTER_SUCCESS) RuntimeSettings.ImportEnabled enabled) {
        long after = 0;
        int total = 0;
        List<Long> batch;
        do {
            batch = requests.pendingOlderThan(0, after, settings.importBatchSize());
            queue.enqueueAll(batch);
            total += batch.size();
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1);
            }
        } while (!batch.isEmpty());
        int queued = total;
        LOG.info(() -> "Import enabled: queued " + queued + " Pending request(s)");
    }
}
