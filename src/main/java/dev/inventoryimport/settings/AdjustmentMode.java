package dev.inventoryimport.settings;

import java.util.Locale;

/** The guide's "Adjust Inventory" choice. */
public enum AdjustmentMode {
    /** No adjustment: the backward compatible default. */
    NO,
    /** Take off units on orders OrderFlow has not counted yet. */
    UNSENT_ORDERS,
    /** Take off those, and units in active carts. */
    UNSENT_ORDERS_AND_QUOTES;

    /** The configuration form: {@code no}, {@code unsent_orders}, {@code unsent_orders_and_quotes}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AdjustmentMode parse(String value) {
        for (AdjustmentMode m : values()) {
            if (m.key().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("ADJUST_INVENTORY must be no, unsent_orders or unsent_orders_and_quotes, not '"
                + value + "'");
    }

    public boolean countsOrders() {
        return this != NO;
    }

    public boolean countsQuotes() {
        return this == UNSENT_ORDERS_AND_QUOTES;
    }
}
