package dev.inventoryimport.settings;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up configuration, read once through MicroProfile Config. Every key is settable as an
 * environment variable of the same name; defaults are in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class AppConfig {

    @Inject
    @ConfigProperty(name = "DATA_DIR")
    String dataDir;

    @Inject
    @ConfigProperty(name = "ORDERFLOW_API_TOKEN")
    Optional<String> apiTokens;

    @Inject
    @ConfigProperty(name = "MAX_BODY_BYTES")
    int maxBodyBytes;

    @Inject
    @ConfigProperty(name = "MAX_LINES")
    int maxLines;

    @Inject
    @ConfigProperty(name = "PENDING_GRACE_SECONDS")
    int pendingGraceSeconds;

    @Inject
    @ConfigProperty(name = "IMPORT_BATCH_SIZE")
    String importBatchSize;

    @Inject
    @ConfigProperty(name = "IMPORT_MAX_ATTEMPTS")
    String importMaxAttempts;

    @Inject
    @ConfigProperty(name = "IMPORT_ENABLED")
    String importEnabled;

    @Inject
    @ConfigProperty(name = "ALLOW_NEGATIVE_QUANTITIES")
    String allowNegativeQuantities;

    @Inject
    @ConfigProperty(name = "CREATE_UNKNOWN_SKUS")
    String createUnknownSkus;

    @Inject
    @ConfigProperty(name = "ADJUST_INVENTORY")
    String adjustInventory;

    @Inject
    @ConfigProperty(name = "UNSENT_ORDER_STATUSES")
    String unsentOrderStatuses;

    @Inject
    @ConfigProperty(name = "UNSENT_ORDER_CUTOFF_DAYS")
    String unsentOrderCutoffDays;

    @Inject
    @ConfigProperty(name = "ACTIVE_QUOTE_CUTOFF_DAYS")
    String activeQuoteCutoffDays;

    @Inject
    @ConfigProperty(name = "ADJUSTMENT_SOURCE")
    String adjustmentSource;

    @Inject
    @ConfigProperty(name = "DEDUCT_STOCK_ON_ORDER")
    String deductStockOnOrder;

    @Inject
    @ConfigProperty(name = "STORE_TIME_ZONE")
    String storeTimeZone;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "RETENTION_DAYS")
    String retentionDays;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The configured bearer tokens, comma-separated; empty when a generated one is to be used. */
    public Optional<String> apiTokens() {
        return apiTokens.filter(t -> !t.isBlank());
    }

    /** The console's admin password when configured; otherwise one is generated at the first start. */
    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public int maxLines() {
        return maxLines;
    }

    public int pendingGraceSeconds() {
        return pendingGraceSeconds;
    }

    /** Configured values of the run-time settings, by setting; they seed the database once. */
    public String seed(Setting setting) {
        return switch (setting) {
            case IMPORT_BATCH_SIZE -> importBatchSize;
            case IMPORT_MAX_ATTEMPTS -> importMaxAttempts;
            case IMPORT_ENABLED -> importEnabled;
            case ALLOW_NEGATIVE_QUANTITIES -> allowNegativeQuantities;
            case CREATE_UNKNOWN_SKUS -> createUnknownSkus;
            case ADJUST_INVENTORY -> adjustInventory;
            case UNSENT_ORDER_STATUSES -> unsentOrderStatuses;
            case UNSENT_ORDER_CUTOFF_DAYS -> unsentOrderCutoffDays;
            case ACTIVE_QUOTE_CUTOFF_DAYS -> activeQuoteCutoffDays;
            case ADJUSTMENT_SOURCE -> adjustmentSource;
            case DEDUCT_STOCK_ON_ORDER -> deductStockOnOrder;
            case STORE_TIME_ZONE -> storeTimeZone;
            case RETENTION_DAYS -> retentionDays;
        };
    }
}
