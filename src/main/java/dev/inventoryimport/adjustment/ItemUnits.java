package dev.inventoryimport.adjustment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an order or a cart: a SKU and how many units. */
@Embeddable
public class ItemUnits {

    @Column(name = "sku", nullable = false)
    private String sku;

    @Column(name = "qty", nullable = false, precision = 12, scale = 4)
    private BigDecimal qty;

    protected ItemUnits() {
    }

    public ItemUnits(String sku, BigDecimal qty) {
        this.sku = sku;
        this.qty = qty;
    }

    public String sku() {
        return sku;
    }

    public BigDecimal qty() {
        return qty;
    }

    boolean sameAs(ItemUnits other) {
        return sku.equals(other.sku) && qty.compareTo(other.qty) == 0;
    }
}
