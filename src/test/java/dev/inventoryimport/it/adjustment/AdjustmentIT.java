package dev.inventoryimport.it.adjustment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Adjust Inventory through HTTP: the storefront feeds orders and carts, OrderFlow pushes, and the
 * stored figure is what OrderFlow sent less what it had not counted yet. The settings are switched
 * in the database, as the console does (they are re-read within 2 seconds).
 */
class AdjustmentIT extends ServiceIT {

    private static final DateTimeFormatter MAGENTO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void unsentOrderAndActiveCartLeaveTheGuidesSkuAt85() {
        setting("ADJUST_INVENTORY", "unsent_orders_and_quotes");
        String now = LocalDateTime.now(ZoneOffset.UTC).format(MAGENTO);
        assertEquals("created", put("orders/100000001", order("pending", now, now, null, "ADJ-MB01", 3)).getString("result"));
        assertEquals("created", put("quotes/5001", quote(true, now, "ADJ-MB01", 2)).getString("result"));
        // Not counted: virtual, another status, and one OrderFlow had already counted.
        put("orders/100000002", order("pending", now, now, null, "ADJ-MB01", 1).replace("\"is_virtual\":false", "\"is_virtual\":true"));
        put("orders/100000003", order("canceled", now, now, null, "ADJ-MB01", 1));
        put("orders/100000004", order("processing", now, now, "2020-01-01 00:00:00", "ADJ-MB01", 1));
        put("quotes/5002", quote(false, now, "ADJ-MB01", 7));

        long requestId = push(71, "ADJ-MB01", 90, 10, "2024-02-16 10:00:00");
        assertEquals(85, qty("ADJ-MB01"));
        assertEquals("90.0000|3.0000|2.0000|85.0000", TestServer.queryString(
                "SELECT CONCAT(qty_received, '|', units_unsent_orders, '|', units_active_quotes, '|', qty_set)"
                        + " FROM import_line l JOIN inventory_import i ON i.id = l.import_id WHERE i.request_id = " + requestId));
    }

    @Test
    void repeatedAndOutOfOrderFeedDocuments() {
        String t1 = "2024-03-01 10:00:00";
        String t2 = "2024-03-01 11:00:00";
        assertEquals("created", put("quotes/6001", quote(true, t2, "FEED-1", 4)).getString("result"));
        assertEquals("unchanged", put("quotes/6001", quote(true, t2, "FEED-1", 4)).getString("result"));
        JsonObject older = put("quotes/6001", quote(false, t1, "FEED-1", 9));
        assertEquals("ignored_older", older.getString("result"));
        JsonObject stored = client.getJson("rest/V1/orderflow/quotes/6001");
        assertTrue(stored.getBoolean("is_active"));
        assertEquals("2024-03-01T11:00:00Z", stored.getString("updated_at"));
        assertEquals(4, stored.getJsonArray("items").getJsonObject(0).getInt("qty"));

        assertEquals(404, client.get("rest/V1/orderflow/orders/unknown-order").status());
        Answer bad = client.put("rest/V1/orderflow/orders/bad-1", "{\"status\":\"pending\",\"items\":[]}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("created_at"), bad.body());
        assertEquals(404, client.get("rest/V1/orderflow/orders/bad-1").status(), "nothing stored");
        assertEquals(401, new PushClient(base, "wrong").put("rest/V1/orderflow/quotes/6001", quote(true, t2, "FEED-1", 4)).status());
    }

    @Test
    void deductOnOrderLowersTheFigureAtOnce() {
        setting("ADJUST_INVENTORY", "no");
        push(300, "DEDUCT-1", 10, 1, null);
        setting("DEDUCT_STOCK_ON_ORDER", "true");
        try {
            String now = LocalDateTime.now(ZoneOffset.UTC).format(MAGENTO);
            put("orders/300000001", order("pending", now, now, null, "DEDUCT-1", 4));
            assertEquals(6, qty("DEDUCT-1"));
            put("orders/300000001", order("pending", now, now, null, "DEDUCT-1", 4));
            assertEquals(6, qty("DEDUCT-1"), "the same order again deducts nothing");
        } finally {
            setting("DEDUCT_STOCK_ON_ORDER", "false");
        }
    }

    private void setting(String name, String value) {
        TestServer.execute("UPDATE setting SET setting_value = '" + value + "' WHERE name = '" + name + "'");
        PushClient.sleep(2_500); // the service re-reads its settings every 2 seconds
    }

    private JsonObject put(String path, String json) {
        Answer a = client.put("rest/V1/orderflow/" + path, json);
        assertEquals(200, a.status(), a.body());
        return (JsonObject) PushClient.parse(a.body());
    }

    private long push(long messageId, String sku, int qty, long seq, String lastOrderExported) {
        String body = "{\"productQtys\":[{\"sku\":\"" + sku + "\",\"qty\":\"" + qty + "\"}],\"productSeqs\":[{\"sku\":\""
                + sku + "\",\"seq\":\"" + seq + "\"" + (lastOrderExported == null ? "" : ",\"lastOrderExported\":\""
                + lastOrderExported + "\"") + "}],\"messageSeqId\":" + messageId + "}";
        Answer ack = client.post("rest/V1/orderflow/inventory", body, "application/json", token);
        assertEquals(200, ack.status(), ack.body());
        assertEquals("Processed", client.awaitDone(ack.requestId(), Duration.ofSeconds(20)).getString("status"));
        return ack.requestId();
    }

    private int qty(String sku) {
        return client.getJson("rest/V1/stockItems/" + sku).getJsonNumber("qty").intValueExact();
    }

    private static String order(String status, String created, String updated, String exported, String sku, int qty) {
        return "{\"status\":\"" + status + "\",\"created_at\":\"" + created + "\",\"updated_at\":\"" + updated
                + "\",\"is_virtual\":false,\"exported_at\":" + (exported == null ? "null" : "\"" + exported + "\"")
                + ",\"items\":[{\"sku\":\"" + sku + "\",\"qty\":" + qty + "}]}";
    }

    private static String quote(boolean active, String updated, String sku, int qty) {
        return "{\"is_active\":" + active + ",\"updated_at\":\"" + updated + "\",\"items\":[{\"sku\":\"" + sku
                + "\",\"qty\":" + qty + "}]}";
    }
}
