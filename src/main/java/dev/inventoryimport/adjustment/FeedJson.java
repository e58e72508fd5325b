package dev.inventoryimport.adjustment;

import java.math.BigDecimal;
import java.util.List;

import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.stock.Quantities;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The feed's answers, as JSON-B writes them; the fields are those a document is sent with. */
public final class FeedJson {

    private FeedJson() {
    }

    /** One line of an order or a cart. */
    @JsonbPropertyOrder({"sku", "qty"})
    public record Item(String sku, BigDecimal qty) {

        static List<Item> of(List<ItemUnits> items) {
            return items.stream().map(i -> new Item(i.sku(), Quantities.plain(i.qty()))).toList();
        }
    }

    /** A recorded order, as the GET shows it. */
    @JsonbPropertyOrder({"orderId", "status", "createdAt", "updatedAt", "isVirtual", "exportedAt", "items"})
    public record Order(String orderId, String status, String createdAt, String updatedAt, boolean isVirtual,
                        String exportedAt, List<Item> items) {

        static Order of(String orderId, OrderDocument d) {
            return new Order(orderId, d.status(), UtcClock.iso(d.createdAt()), UtcClock.iso(d.updatedAt()), d.virtual(),
                    UtcClock.iso(d.exportedAt()), Item.of(d.items()));
        }
    }

    /** A recorded cart, as the GET shows it. */
    @JsonbPropertyOrder({"quoteId", "isActive", "updatedAt", "items"})
    public record Quote(String quoteId, boolean isActive, String updatedAt, List<Item> items) {

        static Quote of(String quoteId, QuoteDocument d) {
            return new Quote(quoteId, d.active(), UtcClock.iso(d.updatedAt()), Item.of(d.items()));
        }
    }

    /** What a PUT of an order did. */
    @JsonbPropertyOrder({"orderId", "result", "message"})
    public record OrderRecorded(String orderId, String result, String message) {
    }

    /** What a PUT of a cart did. */
    @JsonbPropertyOrder({"quoteId", "result", "message"})
    public record QuoteRecorded(String quoteId, String result, String message) {
    }
}
