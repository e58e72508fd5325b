package dev.inventoryimport.imports;

import java.math.BigDecimal;

import dev.inventoryimport.stock.Quantities;
import dev.inventoryimport.stock.StockKey;

/**
 * The text of a report line. A Success or Duplicate line says only what its figures say, so its
 * text is written when the line is read, never stored: building and storing it on every line of
 * every import cost the import CPU and the table a fifth of its size. A Failure or Superseded line
 * keeps the text it was given when decided (the reason, or the sequence id in force then).
 */
public final class LineText {

    private LineText() {
    }

    /**
     * The line's text: {@code stored} when it has one, otherwise the one its figures give.
     *
     * @param unsentOrderUnits {@code null} when Adjust Inventory did not adjust the line
     * @param activeQuoteUnits {@code null} when Adjust Inventory did not adjust the line
     */
    public static String of(LineResult result, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                            BigDecimal qtySet, BigDecimal unsentOrderUnits, BigDecimal activeQuoteUnits, String stored) {
        if (stored != null) {
            return stored;
        }
        return switch (result) {
            case SUCCESS -> success(source, sku, qtyReceived, qtySet, unsentOrderUnits, activeQuoteUnits);
            case DUPLICATE -> duplicate(sku, sequenceId);
            // Not written by this release without a text; a row from elsewhere still reads as something.
            case SUPERSEDED, FAILURE -> result.label();
        };
    }

    static String success(String source, String sku, BigDecimal received, BigDecimal set, BigDecimal unsentOrderUnits,
                          BigDecimal activeQuoteUnits) {
        return "Stock quantity of SKU " + sku + " set to " + Quantities.text(set)
                + explanation(received, set, unsentOrderUnits, activeQuoteUnits)
                + (StockKey.DEFAULT_SOURCE.equals(source) ? "" : " at source " + source);
    }

    static String duplicate(String sku, Long sequenceId) {
        return "Duplicate: sequence id " + sequenceId + " of SKU " + sku + " was already applied";
    }

    /** Why the figure set differs from the one received, if it does. */
    private static String explanation(BigDecimal received, BigDecimal set, BigDecimal unsentOrderUnits,
                                      BigDecimal activeQuoteUnits) {
        StringBuilder why = new StringBuilder();
        if (unsentOrderUnits != null && unsentOrderUnits.signum() != 0) {
            why.append(", less ").append(Quantities.text(unsentOrderUnits)).append(" on unsent orders");
        }
        if (activeQuoteUnits != null && activeQuoteUnits.signum() != 0) {
            why.append(", less ").append(Quantities.text(activeQuoteUnits)).append(" in active carts");
        }
        if (why.length() == 0 && set.compareTo(received) == 0) {
            return "";
        }
        return " (received " + Quantities.text(received) + why + ")";
    }
}
