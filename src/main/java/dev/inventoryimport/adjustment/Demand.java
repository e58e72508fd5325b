package dev.inventoryimport.adjustment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the shop holds of one SKU that OrderFlow may not have counted: units on candidate unsent
 * orders, grouped by when each order was exported (null: not yet), and units in active carts.
 * The orders are already filtered by status, virtual flag and age; the export time is compared per
 * import line, because each line says how far OrderFlow had counted.
 */
public record Demand(List<OrderUnits> orders, BigDecimal quoteUnits) {

    public static final Demand NONE = new Demand(List.of(), BigDecimal.ZERO);

    public Demand {
        orders = List.copyOf(orders);
    }

    /** Units on orders exported at {@code exportedAt} ({@code null}: not exported). */
    public record OrderUnits(LocalDateTime exportedAt, BigDecimal units) {
    }
}
