package dev.inventoryimport.stock;

import java.math.BigDecimal;

/** Quantities as people and storefronts read them: 90.0000 is 90, never 9E+1. */
public final class Quantities {

    private Quantities() {
    }

    public static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String text(BigDecimal quantity) {
        return plain(quantity).toPlainString();
    }
}
