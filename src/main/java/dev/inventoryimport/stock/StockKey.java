package dev.inventoryimport.stock;

import java.util.Comparator;

/** Identity of a stock row. Ordered, so every import visits rows in the same order (no deadlocks). */
public record StockKey(String sku, String source) implements Comparable<StockKey> {

    public static final String DEFAULT_SOURCE = "default";

    private static final Comparator<StockKey> ORDER =
            Comparator.comparing(StockKey::sku).thenComparing(StockKey::source);

    @Override
    public int compareTo(StockKey other) {
        return ORDER.compare(this, other);
    }
}
