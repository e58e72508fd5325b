package dev.inventoryimport.admin.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.inventoryimport.settings.Setting;

/**
 * The settings page's fields: the label an operator reads beside each setting and the id of its
 * input, so that a refusal names the field as the page does and marks that field, never the
 * setting's internal key.
 */
public final class SettingFields {

    /** A setting's field on the page. */
    public record Field(String label, String inputId) {
    }

    private static final Map<Setting, Field> FIELDS = new EnumMap<>(Setting.class);

    static {
        FIELDS.put(Setting.IMPORT_ENABLED, new Field("Import enabled", "importEnabled"));
        FIELDS.put(Setting.IMPORT_BATCH_SIZE, new Field("Batch size", "batchSize"));
        FIELDS.put(Setting.IMPORT_MAX_ATTEMPTS, new Field("Import attempts", "maxAttempts"));
        FIELDS.put(Setting.ALLOW_NEGATIVE_QUANTITIES, new Field("Allow negative quantities", "allowNegative"));
        FIELDS.put(Setting.CREATE_UNKNOWN_SKUS, new Field("Create unknown SKUs", "createUnknown"));
        FIELDS.put(Setting.RETENTION_DAYS, new Field("Retention days", "retentionDays"));
        FIELDS.put(Setting.ADJUST_INVENTORY, new Field("Adjust Inventory", "adjust"));
        FIELDS.put(Setting.UNSENT_ORDER_STATUSES, new Field("Unsent order statuses", "statuses"));
        FIELDS.put(Setting.UNSENT_ORDER_CUTOFF_DAYS, new Field("Unsent order cutoff (days)", "orderCutoff"));
        FIELDS.put(Setting.ACTIVE_QUOTE_CUTOFF_DAYS, new Field("Active quote cutoff (days)", "quoteCutoff"));
        FIELDS.put(Setting.ADJUSTMENT_SOURCE, new Field("Adjustment source", "adjustmentSource"));
        FIELDS.put(Setting.DEDUCT_STOCK_ON_ORDER, new Field("Deduct stock on order", "deduct"));
        FIELDS.put(Setting.STORE_TIME_ZONE, new Field("Store time zone", "zone"));
    }

    private SettingFields() {
    }

    public static Field of(Setting setting) {
        Field field = FIELDS.get(setting);
        if (field == null) {
            throw new IllegalStateException("No field on the settings page for " + setting);
        }
        return field;
    }

    /**
     * The refusal of a value in the page's words: {@code "Batch size must be a whole number from 1 to
     * 100000, not '0'"}, or empty when the setting accepts it.
     */
    public static Optional<String> refusal(Setting setting, String value) {
        try {
            setting.normalise(value);
            return Optional.empty();
        } catch (IllegalArgumentException refused) {
            String reason = refused.getMessage();
            // The setting names itself first; the operator knows the field by its label.
            String because = reason.startsWith(setting.name()) ? reason.substring(setting.name().length()) : ": " + reason;
            return Optional.of(of(setting).label() + because);
        }
    }
}
