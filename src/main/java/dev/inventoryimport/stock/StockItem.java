package dev.inventoryimport.stock;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stock of one SKU at one source, as JPA reads it (the console, the read API, an order's
 * deduction); imports write it in plain JDBC ({@link StockRows}). {@link Version} makes two writers
 * that read the same row conflict instead of one silently overwriting the other: {@link StockRows}
 * names the version it read too, and an import that loses retries and then sees the newer sequence id.
 */
@Entity
@Table(name = "stock_item")
@IdClass(StockItem.Key.class)
public class StockItem {

    @Id
    @Column(name = "sku")
    private String sku;

    @Id
    @Column(name = "source")
    private String source;

    @Column(name = "quantity", nullable = false, precision = 12, scale = 4)
    private BigDecimal quantity;

    @Column(name = "is_in_stock", nullable = false)
    private boolean inStock;

    @Column(name = "sequence_id")
    private Long sequenceId;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StockItem() {
    }

    /** A shop-side change of the figure (an order placed); the sequence id stays OrderFlow's. */
    public void deduct(BigDecimal quantity, LocalDateTime at) {
        this.quantity = quantity;
        this.inStock = quantity.signum() > 0;
        this.updatedAt = at;
    }

    public StockKey key() {
        return new StockKey(sku, source);
    }

    public StockState state() {
        return new StockState(sequenceId, quantity);
    }

    public String sku() {
        return sku;
    }

    public String source() {
        return source;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public boolean inStock() {
        return inStock;
    }

    public Long sequenceId() {
        return sequenceId;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    /** JPA primary-key class. */
    public static class Key implements Serializable {
        private String sku;
        private String source;

        public Key() {
        }

        public Key(String sku, String source) {
            this.sku = sku;
            this.source = source;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sku, k.sku) && Objects.equals(source, k.source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku, source);
        }
    }
}
