package dev.inventoryimport.settings;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import dev.inventoryimport.platform.UtcClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Settings operators change at run time. The database holds them (so every instance agrees and a
 * restart keeps them); configuration seeds a setting only while the database has none. Reads are
 * served from a snapshot refreshed every few seconds: an import reads them for every message.
 */
@ApplicationScoped
// Reads carry no transaction attribute of their own (an interceptor on every read cost more than
// the snapshot): the query joins the caller's transaction if there is one, else runs without one.
public class RuntimeSettings {

    private static final Logger LOG = Logger.getLogger(RuntimeSettings.class.getName());
    private static final long REFRESH_NANOS = 2_000_000_000L;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    Event<ImportEnabled> importEnabledEvents;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Snapshot snapshot;
    /**
     * Counts changes: a snapshot read while a change was on its way to commit holds the old values,
     * so it is kept only if no change began or ended while it was read.
     */
    private final AtomicLong changes = new AtomicLong();

    private record Snapshot(Map<Setting, String> values, long readAt, long changes) {
    }

    /** Fired when a change turns the import on (observed after commit), so the backlog drains at once. */
    public record ImportEnabled() {
    }

    @Transactional
    public void seedFromConfig() {
        for (Setting s : Setting.values()) {
            if (em.find(SettingRow.class, s.name()) == null) {
                String value = s.normalise(config.seed(s));
                em.persist(new SettingRow(s, value, UtcClock.now()));
                LOG.info(() -> "Setting " + s + " seeded from configuration: " + value);
            }
        }
        forgetSnapshot();
    }

    /**
     * Stores a new value.
     *
     * @throws IllegalArgumentException for a value the setting does not accept
     */
    @Transactional
    public void change(Setting setting, String value) {
        String normalised = setting.normalise(value);
        SettingRow row = em.find(SettingRow.class, setting.name());
        boolean enabling = setting == Setting.IMPORT_ENABLED && "true".equals(normalised)
                && (row == null || !"true".equals(row.value()));
        if (row == null) {
            em.persist(new SettingRow(setting, normalised, UtcClock.now()));
        } else {
            row.change(normalised, UtcClock.now());
        }
        forgetSnapshot();
        if (enabling) {
            importEnabledEvents.fire(new ImportEnabled());
        }
    }

    public boolean importEnabled() {
        return Boolean.parseBoolean(get(Setting.IMPORT_ENABLED));
    }

    public int importBatchSize() {
        return Integer.parseInt(get(Setting.IMPORT_BATCH_SIZE));
    }

    /** Attempts in all before a request that keeps conflicting ends Failed. */
    public int importMaxAttempts() {
        return Integer.parseInt(get(Setting.IMPORT_MAX_ATTEMPTS));
    }

    /** The zone the console shows times in, and in which shop timestamps without one are read. */
    public ZoneId storeZone() {
        return ZoneId.of(get(Setting.STORE_TIME_ZONE));
    }

    /** Days processed requests and their imports are kept (the retention cleanup's cutoff). */
    public int retentionDays() {
        return Integer.parseInt(get(Setting.RETENTION_DAYS));
    }

    public ImportPolicy importPolicy() {
        return new ImportPolicy(Boolean.parseBoolean(get(Setting.ALLOW_NEGATIVE_QUANTITIES)),
                Boolean.parseBoolean(get(Setting.CREATE_UNKNOWN_SKUS)));
    }

    public AdjustmentSettings adjustment() {
        return new AdjustmentSettings(AdjustmentMode.parse(get(Setting.ADJUST_INVENTORY)),
                List.of(get(Setting.UNSENT_ORDER_STATUSES).split(",")),
                Integer.parseInt(get(Setting.UNSENT_ORDER_CUTOFF_DAYS)),
                Integer.parseInt(get(Setting.ACTIVE_QUOTE_CUTOFF_DAYS)),
                get(Setting.ADJUSTMENT_SOURCE),
                Boolean.parseBoolean(get(Setting.DEDUCT_STOCK_ON_ORDER)),
                ZoneId.of(get(Setting.STORE_TIME_ZONE)));
    }

    public Map<Setting, String> all() {
        return Map.copyOf(current().values());
    }

    private String get(Setting setting) {
        String v = current().values().get(setting);
        return v != null ? v : setting.normalise(config.seed(setting));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long seen = changes.get();
        if (s == null || s.changes() != seen || System.nanoTime() - s.readAt() > REFRESH_NANOS) {
            try {
                s = new Snapshot(read(), System.nanoTime(), seen);
            } catch (RuntimeException unreadable) {
                if (s == null) {
                    throw unreadable;
                }
                // Database out of reach: the settings last read stay in force until it is back.
                LOG.fine(() -> "Settings not refreshed: " + unreadable.getMessage());
                s = new Snapshot(s.values(), System.nanoTime(), seen);
            }
            if (changes.get() == seen) {
                snapshot = s;
            }
        }
        return s;
    }

    /**
     * Makes the next read go to the database, now and again once the change's transaction has
     * ended: another thread reading before the commit sees the old values, and must not keep them.
     */
    private void forgetSnapshot() {
        changes.incrementAndGet();
        snapshot = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                changes.incrementAndGet();
                snapshot = null;
            }
        });
    }

    private Map<Setting, String> read() {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (SettingRow row : em.createQuery("SELECT r FROM SettingRow r", SettingRow.class).getResultList()) {
            try {
                values.put(Setting.valueOf(row.name()), row.value());
            } catch (IllegalArgumentException unknown) {
                // a setting of a newer version of the service: not ours to read
            }
        }
        return values;
    }
}
