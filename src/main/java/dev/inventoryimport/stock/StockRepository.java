package dev.inventoryimport.stock;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.inventoryimport.platform.Page;
import dev.inventoryimport.platform.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Set-based access to stock rows: one query for all the rows a message touches. */
@ApplicationScoped
@Transactional // each read in a transaction: a fresh persistence context, never an entity cached by an earlier call
public class StockRepository {

    /** Keeps IN lists well inside every database's limit for the largest messages. */
    private static final int IN_CHUNK = 1000;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** The existing rows among {@code keys}, managed by the current transaction. */
    public Map<StockKey, StockItem> load(Collection<StockKey> keys) {
        Set<String> skus = new TreeSet<>();
        keys.forEach(k -> skus.add(k.sku()));
        Map<StockKey, StockItem> rows = new HashMap<>();
        List<String> all = new ArrayList<>(skus);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            var query = em.createQuery("SELECT s FROM StockItem s WHERE s.sku IN :skus ORDER BY s.sku, s.source",
                    StockItem.class).setParameter("skus", chunk);
            for (StockItem item : query.getResultList()) {
                StockKey key = item.key();
                if (keys.contains(key)) {
                    rows.put(key, item);
                }
            }
        }
        return rows;
    }

    /** Every source's row of one SKU, read-only. */
    public List<StockItem> bySku(String sku) {
        return em.createQuery("SELECT s FROM StockItem s WHERE s.sku = :sku ORDER BY s.source", StockItem.class)
                .setParameter("sku", sku)
                .getResultList();
    }

    /**
     * Rows changed after a point, in (updated, SKU, source) order, for storefronts that mirror stock.
     * Keyset paging: the position is the last row seen, so pages stay exact while imports write.
     */
    public List<StockItem> changedAfter(LocalDateTime since, String afterSku, String afterSource, int limit) {
        String keyset = afterSku == null
                ? "s.updatedAt >= :since"
                : "(s.updatedAt > :since OR (s.updatedAt = :since AND (s.sku > :sku"
                + " OR (s.sku = :sku AND s.source > :source))))";
        var query = em.createQuery("SELECT s FROM StockItem s WHERE " + keyset
                        + " ORDER BY s.updatedAt, s.sku, s.source", StockItem.class)
                .setParameter("since", since)
                .setMaxResults(limit);
        if (afterSku != null) {
            query.setParameter("sku", afterSku).setParameter("source", afterSource);
        }
        return query.getResultList();
    }

    public long countByPrefix(String skuPrefix) {
        Where where = new Where().startsWith("s.sku", skuPrefix);
        return where.bind(em.createQuery("SELECT COUNT(s.sku) FROM StockItem s" + where.jpql(), Long.class))
                .getSingleResult();
    }

    /** Rows whose SKU starts with the prefix, in (SKU, source) order. */
    public List<StockItem> byPrefix(String skuPrefix, Page page) {
        Where where = new Where().startsWith("s.sku", skuPrefix);
        return where.bind(em.createQuery("SELECT s FROM StockItem s" + where.jpql() + " ORDER BY s.sku, s.source",
                        StockItem.class))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    /**
     * Forgets the applied sequence id of one row, so the next push for it applies whatever its
     * sequence id (OrderFlow's record ids restart after a restore). The version moves on too: an
     * import that read the row before loses its optimistic check and decides again.
     *
     * @return rows reset (0 or 1)
     */
    public int resetSequence(StockKey key) {
        return em.createQuery("UPDATE StockItem s SET s.sequenceId = NULL, s.version = s.version + 1"
                        + " WHERE s.sku = :sku AND s.source = :source")
                .setParameter("sku", key.sku())
                .setParameter("source", key.source())
                .executeUpdate();
    }

    /** As {@link #resetSequence(StockKey)} for every SKU of a source. */
    public int resetSource(String source) {
        return em.createQuery("UPDATE StockItem s SET s.sequenceId = NULL, s.version = s.version + 1"
                        + " WHERE s.source = :source")
                .setParameter("source", source)
                .executeUpdate();
    }
}
