package dev.inventoryimport.adjustment;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A shop order as the storefront last reported it, for the unsent-orders adjustment. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @Column(name = "order_id")
    private String orderId;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "is_virtual", nullable = false)
    private boolean virtualOrder;

    @Column(name = "exported_at")
    private LocalDateTime exportedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_item", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<ItemUnits> items = new ArrayList<>();

    protected ShopOrder() {
    }

    ShopOrder(String orderId, OrderDocument d) {
        this.orderId = orderId;
        replaceWith(d);
    }

    final void replaceWith(OrderDocument d) {
        status = d.status();
        createdAt = d.createdAt();
        updatedAt = d.updatedAt();
        virtualOrder = d.virtual();
        exportedAt = d.exportedAt();
        items.clear();
        items.addAll(d.items());
    }

    boolean sameAs(OrderDocument d) {
        return status.equals(d.status()) && createdAt.equals(d.createdAt()) && updatedAt.equals(d.updatedAt())
                && virtualOrder == d.virtual() && java.util.Objects.equals(exportedAt, d.exportedAt())
                && FeedDocuments.sameItems(items, d.items());
    }

    OrderDocument document() {
        return new OrderDocument(status, createdAt, updatedAt, virtualOrder, exportedAt, List.copyOf(items));
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
