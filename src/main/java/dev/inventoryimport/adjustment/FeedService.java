package dev.inventoryimport.adjustment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.settings.ImportPolicy;
import dev.inventoryimport.settings.RuntimeSettings;
import dev.inventoryimport.stock.StockItem;
import dev.inventoryimport.stock.StockKey;
import dev.inventoryimport.stock.StockQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Records the storefront's orders and carts. Idempotent: the same document again changes nothing,
 * and one older than what is stored (by {@code updated_at}) is ignored, so the shop may resend and
 * reorder freely. With {@code DEDUCT_STOCK_ON_ORDER}, a newly recorded order lowers the adjustment
 * source's stock at once, in the same transaction.
 */
@ApplicationScoped
@Transactional // each read in a transaction: a fresh persistence context, never an entity cached by an earlier call
public class FeedService {

    /** What storing a document did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, IGNORED_OLDER }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    StockQueries stock;

    @Inject
    RuntimeSettings settings;

    @Transactional
    public Outcome putOrder(String orderId, OrderDocument d) {
        // The row lock orders concurrent sends of one order; a first insert race ends in a retryable error.
        ShopOrder stored = em.find(ShopOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            em.persist(new ShopOrder(orderId, d));
            if (settings.adjustment().deductStockOnOrder() && !d.virtual()) {
                deduct(d);
            }
            return Outcome.CREATED;
        }
        return replace(stored.updatedAt().isAfter(d.updatedAt()), stored.sameAs(d), () -> stored.replaceWith(d));
    }

    @Transactional
    public Outcome putQuote(String quoteId, QuoteDocument d) {
        ShopQuote stored = em.find(ShopQuote.class, quoteId, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            em.persist(new ShopQuote(quoteId, d));
            return Outcome.CREATED;
        }
        return replace(stored.updatedAt().isAfter(d.updatedAt()), stored.sameAs(d), () -> stored.replaceWith(d));
    }

    public Optional<OrderDocument> order(String orderId) {
        return Optional.ofNullable(em.find(ShopOrder.class, orderId)).map(ShopOrder::document);
    }

    public Optional<QuoteDocument> quote(String quoteId) {
        return Optional.ofNullable(em.find(ShopQuote.class, quoteId)).map(ShopQuote::document);
    }

    private static Outcome replace(boolean older, boolean same, Runnable apply) {
        if (older) {
            return Outcome.IGNORED_OLDER;
        }
        if (same) {
            return Outcome.UNCHANGED;
        }
        apply.run();
        return Outcome.UPDATED;
    }

    /** As a shop's own stock does at order placement: the ordered units leave the figure now. */
    private void deduct(OrderDocument d) {
        String source = settings.adjustment().source();
        Map<String, BigDecimal> units = d.items().stream()
                .collect(Collectors.toMap(ItemUnits::sku, ItemUnits::qty, BigDecimal::add));
        Set<StockKey> keys = new HashSet<>();
        units.keySet().forEach(sku -> keys.add(new StockKey(sku, source)));
        ImportPolicy policy = settings.importPolicy();
        for (StockItem row : stock.load(keys).values()) {
            BigDecimal left = row.quantity().subtract(units.get(row.sku()));
            stock.setQuantity(row, left.signum() < 0 && !policy.allowNegativeQuantities() ? BigDecimal.ZERO : left,
                    UtcClock.now());
        }
    }
}
