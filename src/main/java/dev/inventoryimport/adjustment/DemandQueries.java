package dev.inventoryimport.adjustment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.inventoryimport.settings.AdjustmentSettings;
import dev.inventoryimport.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The demand on a message's SKUs, set-based: one aggregate query for unsent orders (grouped by SKU
 * and export time) and one for active carts, whatever the number of lines.
 */
@ApplicationScoped
public class DemandQueries {

    private static final int IN_CHUNK = 1000;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public Map<String, Demand> demand(Collection<String> skus, AdjustmentSettings s) {
        Map<String, List<Demand.OrderUnits>> orders = new HashMap<>();
        Map<String, BigDecimal> quotes = new HashMap<>();
        if (!s.mode().countsOrders() || skus.isEmpty()) {
            return Map.of();
        }
        LocalDateTime now = UtcClock.now();
        List<String> all = new ArrayList<>(skus);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            for (Object[] row : em.createQuery("SELECT i.sku, o.exportedAt, SUM(i.qty) FROM ShopOrder o JOIN o.items i"
                            + " WHERE i.sku IN :skus AND o.status IN :statuses AND o.virtualOrder = false"
                            + " AND o.createdAt >= :cutoff GROUP BY i.sku, o.exportedAt", Object[].class)
                    .setParameter("skus", chunk)
                    .setParameter("statuses", s.unsentStatuses())
                    .setParameter("cutoff", now.minusDays(s.unsentOrderCutoffDays()))
                    .getResultList()) {
                orders.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new Demand.OrderUnits((LocalDateTime) row[1], (BigDecimal) row[2]));
            }
            if (s.mode().countsQuotes()) {
                for (Object[] row : em.createQuery("SELECT i.sku, SUM(i.qty) FROM ShopQuote q JOIN q.items i"
                                + " WHERE i.sku IN :skus AND q.active = true AND q.updatedAt >= :cutoff GROUP BY i.sku",
                                Object[].class)
                        .setParameter("skus", chunk)
                        .setParameter("cutoff", now.minusDays(s.activeQuoteCutoffDays()))
                        .getResultList()) {
                    quotes.put((String) row[0], (BigDecimal) row[1]);
                }
            }
        }
        Map<String, Demand> demand = new HashMap<>();
        for (String sku : skus) {
            List<Demand.OrderUnits> o = orders.getOrDefault(sku, List.of());
            BigDecimal q = quotes.getOrDefault(sku, BigDecimal.ZERO);
            if (!o.isEmpty() || q.signum() != 0) {
                demand.put(sku, new Demand(o, q));
            }
        }
        return demand;
    }
}
