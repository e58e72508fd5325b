package dev.inventoryimport.adjustment;

import java.math.BigDecimal;
import java.util.Map;

import dev.inventoryimport.settings.AdjustmentMode;
import dev.inventoryimport.settings.AdjustmentSettings;

/**
 * The adjustment of one message: the settings and the demand on its SKUs, looked up once. Lines
 * of other sources than the adjustment source are never adjusted, so orders are not subtracted twice.
 */
public final class Adjustments {

    public static final Adjustments NONE = new Adjustments(null, Map.of());

    private final AdjustmentSettings settings;
    private final Map<String, Demand> demand;

    public Adjustments(AdjustmentSettings settings, Map<String, Demand> demand) {
        this.settings = settings;
        this.demand = Map.copyOf(demand);
    }

    /** The adjusted figure of a line being applied, or {@code null} when this line is not adjusted. */
    public AdjustmentRule.Adjusted forLine(String source, String sku, BigDecimal received, String lastOrderExported) {
        if (settings == null || settings.mode() == AdjustmentMode.NO || !settings.source().equals(source)) {
            return null;
        }
        return AdjustmentRule.adjust(settings.mode(), received,
                StoreTime.toUtcOrNull(lastOrderExported, settings.storeZone()),
                demand.getOrDefault(sku, Demand.NONE));
    }
}
