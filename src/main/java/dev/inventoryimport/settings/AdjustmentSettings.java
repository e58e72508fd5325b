package dev.inventoryimport.settings;

import java.time.ZoneId;
import java.util.List;

/** The Adjust Inventory settings, as one value handed to the import and the feed. */
public record AdjustmentSettings(AdjustmentMode mode, List<String> unsentStatuses, int unsentOrderCutoffDays,
                                 int activeQuoteCutoffDays, String source, boolean deductStockOnOrder,
                                 ZoneId storeZone) {

    public AdjustmentSettings {
        unsentStatuses = List.copyOf(unsentStatuses);
    }
}
