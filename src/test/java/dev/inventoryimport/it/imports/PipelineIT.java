package dev.inventoryimport.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The push, end to end through the real endpoints: acknowledged, queued, imported, readable; stale,
 * duplicate and repeated messages; several sources; line failures; a request failing on every attempt.
 */
class PipelineIT extends ServiceIT {

    private static final Duration PROCESSED_WITHIN = Duration.ofSeconds(20);

    @Test
    void guideExampleIsAcknowledgedAndReadableWithinASecond() {
        Answer ack = client.soap(71, List.of(new Line("24-MB01", "90", "10", "default")));

        assertEquals(200, ack.status(), ack.body());
        assertTrue(ack.body().contains("<result>Success - Message 71 Received</result>"), ack.body());
        assertTrue(ack.header("Content-Type").startsWith("application/soap+xml"));
        long requestId = ack.requestId();

        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        Answer stock;
        do {
            stock = client.get("rest/V1/stockItems/24-MB01");
        } while (stock.status() == 404 && System.nanoTime() < deadline);
        assertEquals(200, stock.status(), "stock not readable within a second: " + stock.body());
        JsonObject item = (JsonObject) PushClient.parse(stock.body());
        assertEquals(90, item.getJsonNumber("qty").intValueExact());
        assertTrue(item.getBoolean("is_in_stock"));
        assertEquals(10, item.getJsonArray("sources").getJsonObject(0).getJsonNumber("sequence_id").longValue());

        JsonObject request = client.awaitDone(requestId, PROCESSED_WITHIN);
        assertEquals("Processed", request.getString("status"));
        assertEquals("M2_SOAP", request.getString("contract"));
        assertEquals(71, request.getJsonNumber("message_id").longValue());
        assertEquals(1, request.getInt("successes"));
        // A Success line stores its figures, not its text: the report writes that when read (ConsoleIT).
        assertEquals("SUCCESS 90.0000", TestServer.queryString("SELECT CONCAT(l.result, ' ', l.qty_set)"
                + " FROM import_line l JOIN inventory_import i ON i.id = l.import_id"
                + " WHERE l.message IS NULL AND i.request_id = " + requestId));
    }

    @Test
    void soap11WithUnqualifiedChildrenIsAnsweredInSoap11() {
        String body = PushClient.envelope(false, 1001, List.of(Line.of("SOAP11-A", 7, 1)));
        Answer ack = client.soapRaw(body, "text/xml; charset=utf-8", token);

        assertEquals(200, ack.status(), ack.body());
        assertTrue(ack.body().contains("http://schemas.xmlsoap.org/soap/envelope/"), ack.body());
        assertTrue(ack.body().contains("Success - Message 1001 Received"));
        assertEquals("Processed", client.awaitDone(ack.requestId(), PROCESSED_WITHIN).getString("status"));
        assertEquals(7, stockQty("SOAP11-A"));
    }

    @Test
    void restTwinAnswersTheJsonStringOnEveryPath() {
        long messageId = 2001;
        for (String path : List.of("rest/V1/orderflow/inventory", "rest/V1/orderflow/inventory/",
                "rest/default/V1/orderflow/inventory", "rest/default/V1/orderflow/inventory/")) {
            Answer ack = client.post(path, PushClient.json(messageId, List.of(Line.of("REST-A", messageId, messageId))),
                    "application/json", token);
            assertEquals(200, ack.status(), path + ": " + ack.body());
            assertEquals("\"Success - Message " + messageId + " Received\"", ack.body());
            assertEquals("M2_REST", client.awaitDone(ack.requestId(), PROCESSED_WITHIN).getString("contract"));
            messageId++;
        }
        assertEquals(2004, stockQty("REST-A"));
    }

    @Test
    void staleAndDuplicateLinesChangeNothing() {
        done(client.soap(3001, List.of(Line.of("STALE-A", 50, 20), Line.of("STALE-B", 8, 5))));

        JsonObject dup = done(client.soap(3002, List.of(Line.of("STALE-A", 49, 20))));
        assertEquals(1, dup.getInt("duplicates"));
        assertEquals(0, dup.getInt("successes"));

        JsonObject stale = done(client.rest(3003, List.of(Line.of("STALE-A", 3, 19), Line.of("STALE-B", 9, 6))));
        assertEquals(1, stale.getInt("superseded"));
        assertEquals(1, stale.getInt("successes"));

        assertEquals(50, stockQty("STALE-A"));
        assertEquals(9, stockQty("STALE-B"));
        String message = TestServer.queryString("SELECT l.message FROM import_line l JOIN inventory_import i"
                + " ON i.id = l.import_id WHERE i.message_id = 3003 AND l.result = 'SUPERSEDED'");
        assertTrue(message.contains("19") && message.contains("20"), message);
        assertEquals(message, TestServer.queryString("SELECT message FROM inventory_log WHERE kind = 'SUPERSEDED'"
                + " AND message_id = 3003 AND sku = 'STALE-A' AND sequence_id = 19"), "in the inventory log");
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM inventory_log WHERE message_id IN (3001, 3002, 3003)"),
                "only the stale line is logged");
        assertEquals(20, TestServer.queryLong("SELECT sequence_in_force FROM inventory_log WHERE message_id = 3003"),
                "with the sequence id it lost to");
        assertEquals(3, TestServer.queryLong("SELECT qty_received FROM inventory_log WHERE message_id = 3003"));
    }

    @Test
    void repeatedMessageIsAuditedNotAppliedAgain() {
        Answer first = client.soap(4001, List.of(Line.of("REPEAT-A", 10, 100)));
        done(first);
        TestServer.execute("UPDATE stock_item SET quantity = 11 WHERE sku = 'REPEAT-A'");

        Answer again = client.soap(4001, List.of(Line.of("REPEAT-A", 10, 100)));
        assertEquals(200, again.status());
        assertTrue(again.body().contains("Success - Message 4001 Received"));
        JsonObject repeated = client.awaitDone(again.requestId(), PROCESSED_WITHIN);

        assertEquals("Repeated", repeated.getString("status"));
        assertEquals(first.requestId(), repeated.getJsonNumber("repeats_request_id").longValue());
        assertTrue(repeated.isNull("import_id"), "a repeated request has no import");
        assertEquals(11, stockQty("REPEAT-A"), "not applied a second time");
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM inventory_log WHERE kind = 'REPEATED'"
                + " AND request_id = " + again.requestId() + " AND message_id = 4001"), "in the inventory log");

        // Both requests of the message, oldest first, each with its own report (or none).
        var items = client.getJson("rest/V1/orderflow/requests?messageId=4001").getJsonArray("items");
        assertEquals(2, items.size(), items.toString());
        JsonObject applied = items.getJsonObject(0);
        assertEquals(first.requestId(), applied.getJsonNumber("request_id").longValue());
        assertEquals("Processed", applied.getString("status"));
        assertEquals(1, applied.getInt("successes"));
        assertEquals(TestServer.queryLong("SELECT id FROM inventory_import WHERE request_id = " + first.requestId()),
                applied.getJsonNumber("import_id").longValue());
        assertEquals("Repeated", items.getJsonObject(1).getString("status"));
        assertTrue(items.getJsonObject(1).isNull("import_id"));
        assertTrue(items.getJsonObject(1).isNull("successes"));
    }

    @Test
    void twoSourcesOfOneSkuAreKeptApartAndSummed() {
        done(client.soap(5001, List.of(new Line("MULTI-A", "4", "1", "eu-west"),
                new Line("MULTI-A", "6", "1", null))));
        JsonObject item = client.getJson("rest/V1/stockItems/MULTI-A");
        assertEquals(10, item.getJsonNumber("qty").intValueExact());
        var sources = item.getJsonArray("sources");
        assertEquals(2, sources.size());
        assertEquals("default", sources.getJsonObject(0).getString("source"));
        assertEquals(6, sources.getJsonObject(0).getJsonNumber("qty").intValueExact());
        assertEquals("eu-west", sources.getJsonObject(1).getString("source"));

        // A newer figure for one source leaves the other alone.
        done(client.soap(5002, List.of(new Line("MULTI-A", "1", "2", "eu-west"))));
        assertEquals(7, client.getJson("rest/V1/stockItems/MULTI-A").getJsonNumber("qty").intValueExact());
    }

    @Test
    void badLinesFailAloneAndNegativeFiguresStoreZero() {
        String longSku = "L".repeat(65);
        JsonObject r = done(client.soap(6001, List.of(Line.of("LINE-OK", 5, 1), Line.of("LINE-BADQTY", "abc", 1),
                new Line("LINE-NOSEQ", "3", "", null), Line.of(longSku, 1, 1), Line.of("LINE-NEG", -4, 1))));

        assertEquals("Processed", r.getString("status"));
        assertEquals(2, r.getInt("successes"));
        assertEquals(3, r.getInt("failures"));
        assertEquals(5, stockQty("LINE-OK"));
        assertEquals(0, stockQty("LINE-NEG"));
        assertEquals(404, client.get("rest/V1/stockItems/LINE-BADQTY").status());
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM import_line WHERE result = 'FAILURE'"
                + " AND message LIKE '%not a number%' AND sku = 'LINE-BADQTY'"));
    }

    @Test
    void aRequestFailingOnEveryAttemptEndsFailedWhileOthersFlow() {
        TestServer.execute("ALTER TABLE stock_item ADD CONSTRAINT it_poison CHECK (sku <> 'POISON-1')");
        try {
            Answer poisoned = client.soap(7001, List.of(Line.of("POISON-OK", 3, 1), Line.of("POISON-1", 1, 1)));
            Answer healthy = client.soap(7002, List.of(Line.of("HEALTHY-1", 2, 1)));

            JsonObject failed = client.awaitDone(poisoned.requestId(), PROCESSED_WITHIN);
            assertEquals("Failed", failed.getString("status"));
            assertTrue(failed.getString("error").toLowerCase().contains("it_poison"), failed.getString("error"));
            assertTrue(failed.isNull("import_id"));
            assertEquals(404, client.get("rest/V1/stockItems/POISON-OK").status(), "nothing of it applied");
            assertEquals("Processed", client.awaitDone(healthy.requestId(), PROCESSED_WITHIN).getString("status"));
            assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM processed_message WHERE message_id = 7001"));
            assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM failure_notice WHERE request_id = "
                    + poisoned.requestId()), "the console's failure banner is raised");
        } finally {
            TestServer.execute("ALTER TABLE stock_item DROP CONSTRAINT it_poison");
        }
        // The same message again, now that it can apply: a repeat of a Failed request is processed.
        JsonObject retried = done(client.soap(7001, List.of(Line.of("POISON-OK", 3, 1), Line.of("POISON-1", 1, 1))));
        assertEquals("Processed", retried.getString("status"));
        assertTrue(retried.isNull("repeats_request_id"));
        assertEquals(3, stockQty("POISON-OK"));
    }

    @Test
    void aCollisionOnEveryAttemptEndsFailedAfterTheAttemptsInAllWithEachCounted() {
        // 8 attempts in all: a run of 6, left Pending, then the sweeper's next run ends it at the 8th.
        TestServer.execute("UPDATE setting SET setting_value = '8' WHERE name = 'IMPORT_MAX_ATTEMPTS'");
        TestServer.execute("UPDATE setting SET setting_value = 'false' WHERE name = 'IMPORT_ENABLED'");
        long requestId = 0;
        try {
            Answer ack;
            try {
                PushClient.sleep(2_500); // settings are re-read every 2 seconds
                ack = client.soap(7101, List.of(Line.of("COLLIDE-1", 5, 1)));
                assertEquals(200, ack.status(), ack.body());
                requestId = ack.requestId();
                // An import row naming the request already: every attempt's report collides with it
                // (a duplicate key, as a race would give, but on every attempt).
                TestServer.execute("INSERT INTO inventory_import (id, request_id, message_id, successes, duplicates,"
                        + " superseded, failures, processed_at) VALUES (900000001, " + requestId
                        + ", 7101, 0, 0, 0, 0, CURRENT_TIMESTAMP)");
            } finally {
                TestServer.execute("UPDATE setting SET setting_value = 'true' WHERE name = 'IMPORT_ENABLED'");
            }
            JsonObject failed = client.awaitDone(requestId, Duration.ofSeconds(60));

            assertEquals("Failed", failed.getString("status"), failed.toString());
            assertEquals(8, failed.getInt("attempts"), "every attempt counted, none more: " + failed);
            assertTrue(failed.getString("error").toLowerCase().contains("ux_import_request"), failed.getString("error"));
            assertEquals(404, client.get("rest/V1/stockItems/COLLIDE-1").status(), "nothing of it applied");
            assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM processed_message WHERE message_id = 7101"));
            assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM failure_notice WHERE request_id = " + requestId),
                    "the console's failure banner is raised");
        } finally {
            TestServer.execute("DELETE FROM inventory_import WHERE id = 900000001");
            TestServer.execute("UPDATE setting SET setting_value = '30' WHERE name = 'IMPORT_MAX_ATTEMPTS'");
        }
        // The same message again, now that nothing collides: a repeat of a Failed request is processed.
        JsonObject retried = done(client.soap(7101, List.of(Line.of("COLLIDE-1", 5, 1))));
        assertEquals(1, retried.getInt("attempts"));
        assertEquals(5, stockQty("COLLIDE-1"));
    }

    @Test
    void importDisabledKeepsRequestsPendingAndTheSweeperQueuesThemOnceEnabled() {
        TestServer.execute("UPDATE setting SET setting_value = 'false' WHERE name = 'IMPORT_ENABLED'");
        Answer ack;
        try {
            PushClient.sleep(2_500); // settings are re-read every 2 seconds
            ack = client.soap(9101, List.of(Line.of("DISABLED-1", 4, 1)));
            assertEquals(200, ack.status(), "still received and stored");
            PushClient.sleep(3_000);
            JsonObject pending = client.getJson("rest/V1/orderflow/requests/" + ack.requestId());
            assertEquals("Pending", pending.getString("status"));
            assertEquals(0, pending.getInt("attempts"), "not even claimed");
        } finally {
            TestServer.execute("UPDATE setting SET setting_value = 'true' WHERE name = 'IMPORT_ENABLED'");
        }
        // Its trigger was consumed while disabled: the sweeper (every 2 s here) queues it again once it
        // has been Pending for PENDING_GRACE_SECONDS (5 s here).
        assertEquals("Processed", client.awaitDone(ack.requestId(), Duration.ofSeconds(30)).getString("status"));
        assertEquals(4, stockQty("DISABLED-1"));
    }

    @Test
    void changesFeedPagesThroughEveryRowOnce() {
        done(client.rest(8001, List.of(Line.of("FEED-A", 1, 1), Line.of("FEED-B", 2, 1), Line.of("FEED-C", 3, 1))));
        long rows = TestServer.queryLong("SELECT COUNT(*) FROM stock_item");

        java.util.Set<String> seen = new java.util.HashSet<>();
        String path = "rest/V1/stockItems?updatedSince=2000-01-01T00:00:00Z&pageSize=2";
        int pages = 0;
        while (path != null) {
            JsonObject page = client.getJson(path);
            page.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(i -> assertTrue(seen.add(i.getString("sku") + "@" + i.getString("source")), "once: " + i));
            path = page.isNull("next_cursor") ? null
                    : "rest/V1/stockItems?updatedSince=2000-01-01T00:00:00Z&pageSize=2&cursor=" + page.getString("next_cursor");
            pages++;
        }
        assertEquals(rows, seen.size());
        assertTrue(pages >= 2);
        assertTrue(seen.contains("FEED-B@default"));
        assertEquals(400, client.get("rest/V1/stockItems?updatedSince=yesterday").status());
        assertEquals(400, client.get("rest/V1/stockItems?updatedSince=2000-01-01T00:00:00Z&cursor=bogus").status());
    }

    private JsonObject done(Answer ack) {
        assertEquals(200, ack.status(), ack.body());
        JsonObject r = client.awaitDone(ack.requestId(), PROCESSED_WITHIN);
        assertEquals("Processed", r.getString("status"), r.toString());
        return r;
    }

    private int stockQty(String sku) {
        return client.getJson("rest/V1/stockItems/" + sku).getJsonNumber("qty").intValueExact();
    }
}
