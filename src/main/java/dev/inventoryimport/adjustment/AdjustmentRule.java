package dev.inventoryimport.adjustment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import dev.inventoryimport.settings.AdjustmentMode;

/**
 * adjusted quantity = received − units on unsent orders − units in active carts (per the mode).
 * An order counts as unsent while it is not exported, or was exported after the newest order
 * OrderFlow had counted for the figure ({@code lastOrderExported}); a line that does not say how
 * far OrderFlow had counted only takes off orders not exported at all. No clamping here: whether a
 * figure below zero is kept is the import's policy.
 */
public final class AdjustmentRule {

    private AdjustmentRule() {
    }

    /** The arithmetic of one line. */
    public record Adjusted(BigDecimal unsentOrderUnits, BigDecimal activeQuoteUnits, BigDecimal quantity) {
    }

    public static Adjusted adjust(AdjustmentMode mode, BigDecimal received, LocalDateTime lastOrderExported,
                                  Demand demand) {
        BigDecimal orders = BigDecimal.ZERO;
        if (mode.countsOrders()) {
            for (Demand.OrderUnits o : demand.orders()) {
                boolean uncounted = o.exportedAt() == null
                        || (lastOrderExported != null && o.exportedAt().isAfter(lastOrderExported));
                if (uncounted) {
                    orders = orders.add(o.units());
                }
            }
        }
        BigDecimal quotes = mode.countsQuotes() ? demand.quoteUnits() : BigDecimal.ZERO;
        return new Adjusted(orders, quotes, received.subtract(orders).subtract(quotes));
    }
}
