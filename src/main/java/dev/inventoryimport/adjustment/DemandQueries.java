package dev.inventoryimport.adjustment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.platform.database.DataSources;
import dev.inventoryimport.platform.database.UtcTimestampConverter;
import dev.inventoryimport.settings.AdjustmentSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The demand on a message's SKUs, set-based: one aggregate query for unsent orders (grouped by SKU
 * and export time) and one for active carts, whatever the number of lines. Plain JDBC on the
 * local pool, in the import's transaction (which no other pool may join: see
 * {@link DataSources#LOCAL}).
 */
@ApplicationScoped
public class DemandQueries {

    private static final int IN_CHUNK = 1000;

    @Resource(lookup = DataSources.LOCAL)
    DataSource dataSource;

    public Map<String, Demand> demand(Collection<String> skus, AdjustmentSettings s) throws SQLException {
        if (!s.mode().countsOrders() || skus.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Demand.OrderUnits>> orders = new HashMap<>();
        Map<String, BigDecimal> quotes = new HashMap<>();
        LocalDateTime now = UtcClock.now();
        List<String> all = new ArrayList<>(skus);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < all.size(); i += IN_CHUNK) {
                List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
                orders(c, chunk, s, now, orders);
                if (s.mode().countsQuotes()) {
                    quotes(c, chunk, s, now, quotes);
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

    /** Units on unsent orders per SKU of {@code chunk} and export time of their orders. */
    private static void orders(Connection c, List<String> chunk, AdjustmentSettings s, LocalDateTime now,
                               Map<String, List<Demand.OrderUnits>> orders) throws SQLException {
        List<String> statuses = s.unsentStatuses();
        if (statuses.isEmpty()) {
            return; // no status counts as unsent, so no order does
        }
        try (PreparedStatement select = c.prepareStatement("SELECT i.sku, o.exported_at, SUM(i.qty)"
                + " FROM shop_order o JOIN order_item i ON i.order_id = o.order_id"
                + " WHERE i.sku IN (" + placeholders(chunk) + ") AND o.status IN (" + placeholders(statuses) + ")"
                + " AND o.is_virtual = FALSE AND o.created_at >= ? GROUP BY i.sku, o.exported_at")) {
            int p = bind(select, 1, chunk);
            p = bind(select, p, statuses);
            select.setString(p, UtcTimestampConverter.toColumn(now.minusDays(s.unsentOrderCutoffDays())));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    orders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Demand.OrderUnits(
                            UtcTimestampConverter.fromColumn(rs.getObject(2)), rs.getBigDecimal(3)));
                }
            }
        }
    }

    /** Units in active carts per SKU of {@code chunk}. */
    private static void quotes(Connection c, List<String> chunk, AdjustmentSettings s, LocalDateTime now,
                               Map<String, BigDecimal> quotes) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT i.sku, SUM(i.qty)"
                + " FROM shop_quote q JOIN quote_item i ON i.quote_id = q.quote_id"
                + " WHERE i.sku IN (" + placeholders(chunk) + ") AND q.is_active = TRUE AND q.updated_at >= ?"
                + " GROUP BY i.sku")) {
            int p = bind(select, 1, chunk);
            select.setString(p, UtcTimestampConverter.toColumn(now.minusDays(s.activeQuoteCutoffDays())));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    quotes.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
        }
    }

    private static String placeholders(List<String> values) {
        return "?, ".repeat(values.size() - 1) + "?";
    }

    private static int bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
        int p = first;
        for (String v : values) {
            statement.setString(p++, v);
        }
        return p;
    }
}
