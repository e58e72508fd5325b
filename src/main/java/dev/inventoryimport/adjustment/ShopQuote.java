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

/** A shopping cart (Magento: quote) as the storefront last reported it, for the active-quotes adjustment. */
@Entity
@Table(name = "shop_quote")
public class ShopQuote {

    @Id
    @Column(name = "quote_id")
    private String quoteId;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_item", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "line_no")
    private List<ItemUnits> items = new ArrayList<>();

    protected ShopQuote() {
    }

    ShopQuote(String quoteId, QuoteDocument d) {
        this.quoteId = quoteId;
        replaceWith(d);
    }

    final void replaceWith(QuoteDocument d) {
        active = d.active();
        updatedAt = d.updatedAt();
        items.clear();
        items.addAll(d.items());
    }

    boolean sameAs(QuoteDocument d) {
        return active == d.active() && updatedAt.equals(d.updatedAt()) && FeedDocuments.sameItems(items, d.items());
    }

    QuoteDocument document() {
        return new QuoteDocument(active, updatedAt, List.copyOf(items));
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
