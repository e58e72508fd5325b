package dev.inventoryimport.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.inventoryimport.it.support.PushClient;
import dev.inventoryimport.it.support.PushClient.Answer;
import dev.inventoryimport.it.support.PushClient.Line;
import dev.inventoryimport.it.support.ServiceIT;
import dev.inventoryimport.it.support.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The retention cleanup (every 2 s here, RETENTION_INTERVAL_SECONDS in the failsafe configuration):
 * requests processed before RETENTION_DAYS go with their imports, lines, inventory log rows and
 * failure notices, in chunks; recent ones, Pending and Failed ones, the applied message ids, the
 * per-SKU sequence state and the audit trail stay, so a message repeated after the cleanup is still
 * Repeated and a stale update still Superseded.
 */
class RetentionIT extends ServiceIT {

    private static final Duration PROCESSED_WITHIN = Duration.ofSeconds(20);
    /** More than two chunks (RetentionCleanup.CHUNK_SIZE is 1,000) of old requests, inserted by SQL. */
    private static final int BULK = 2_500;
    private static final long BULK_FIRST_ID = 5_000_001L;
    private static final long BULK_FIRST_MESSAGE = 95_000_001L;
    private static final String BULK_RANGE = " BETWEEN " + BULK_FIRST_ID + " AND " + (BULK_FIRST_ID + BULK - 1);
    private static final long OLD_AUDIT_ID = 9_000_001L;

    @Test
    void oldProcessedAndRepeatedRequestsGoWhilePendingFailedAndSequenceStateStay() throws SQLException {
        // Longer than the 40 days the old rows are aged below: nothing may go until it is shortened.
        setting("RETENTION_DAYS", "45");

        // To be aged: an applied message, a stale one with a bad line (inventory log row and failure
        // notice), a repeat of the first, and one that fails.
        long applied = done(client.soap(61001, List.of(Line.of("RET-A", 50, 20), Line.of("RET-B", 5, 7))), "Processed");
        long stale = done(client.soap(61002, List.of(Line.of("RET-A", 40, 19), Line.of("RET-BAD", "x", 1))), "Processed");
        long repeat = done(client.soap(61001, List.of(Line.of("RET-A", 50, 20), Line.of("RET-B", 5, 7))), "Repeated");
        long failed;
        TestServer.execute("ALTER TABLE stock_item ADD CONSTRAINT ret_poison CHECK (sku <> 'RET-POISON')");
        try {
            failed = done(client.soap(61003, List.of(Line.of("RET-POISON", 1, 1))), "Failed");
        } finally {
            TestServer.execute("ALTER TABLE stock_item DROP CONSTRAINT ret_poison");
        }
        // Recent: kept.
        long recent = done(client.soap(61004, List.of(Line.of("RET-C", 3, 1), Line.of("RET-A", 1, 5))), "Processed");
        long recentRepeat = done(client.soap(61004, List.of(Line.of("RET-C", 3, 1))), "Repeated");

        // An old Pending one: stored while the import is off (the sweeper pauses too).
        setting("IMPORT_ENABLED", "false");
        PushClient.sleep(2_500); // settings are re-read every 2 seconds
        Answer pendingAck = client.soap(61005, List.of(Line.of("RET-D", 4, 1)));
        assertEquals(200, pendingAck.status(), pendingAck.body());
        long pending = pendingAck.requestId();

        String old = List.of(applied, stale, repeat).stream().map(String::valueOf).collect(Collectors.joining(","));
        String oldImports = idList("SELECT id FROM inventory_import WHERE request_id IN (" + old + ")");
        assertEquals(2, oldImports.split(",").length);
        assertEquals(4, count("import_line WHERE import_id IN (" + oldImports + ")"));
        assertEquals(2, count("inventory_log WHERE request_id IN (" + old + ")"), "the stale line and the repeat");
        assertEquals(1, count("failure_notice WHERE request_id = " + stale));
        assertEquals(1, count("failure_notice WHERE request_id = " + failed));
        String keptRequests = recent + "," + recentRepeat;
        long keptImports = count("inventory_import WHERE request_id IN (" + keptRequests + ")");
        long keptLines = count("import_line l WHERE l.import_id IN (SELECT i.id FROM inventory_import i"
                + " WHERE i.request_id IN (" + keptRequests + "))");
        long keptLog = count("inventory_log WHERE request_id IN (" + keptRequests + ")");
        assertEquals(List.of(1L, 2L, 2L), List.of(keptImports, keptLines, keptLog));

        insertOldBulk();
        String oldTime = sqlTime(LocalDateTime.now(ZoneOffset.UTC).minusDays(40));
        inOneTransaction(
                "UPDATE inventory_import SET processed_at = " + oldTime + " WHERE request_id IN (" + old + ")",
                "UPDATE inventory_log SET logged_at = " + oldTime + " WHERE request_id IN (" + old + ")",
                "UPDATE failure_notice SET raised_at = " + oldTime + " WHERE request_id IN (" + stale + "," + failed + ")",
                // The Pending one with an old processing time too (as a Failed request re-opened by
                // Process now had, before it was cleared): its status alone keeps it.
                "UPDATE inventory_request SET received_at = " + oldTime + ", processed_at = " + oldTime
                        + " WHERE id IN (" + old + "," + failed + "," + pending + ")",
                "INSERT INTO audit_entry (id, logged_at, actor, action, detail) VALUES (" + OLD_AUDIT_ID + ", "
                        + oldTime + ", 'admin', 'SETTING_CHANGED', 'RETENTION_DAYS: 30 -> 45')");
        long processedMessages = count("processed_message");
        List<String> stock = rows("SELECT sku, source, sequence_id, quantity FROM stock_item ORDER BY sku, source");
        assertEquals(3 + BULK, processedMessages, "61001, 61002, 61004 and the bulk; never a Failed or Pending one");

        // Retention 45 days: two runs at least, nothing goes.
        PushClient.sleep(5_000);
        assertEquals(3 + BULK, count("inventory_request WHERE id IN (" + old + ") OR id" + BULK_RANGE));

        setting("RETENTION_DAYS", "30");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long left;
        do {
            PushClient.sleep(250);
            left = count("inventory_request WHERE id IN (" + old + ") OR id" + BULK_RANGE);
        } while (left > 0 && System.nanoTime() < deadline);
        assertEquals(0, left, "old Processed and Repeated requests deleted within 60 s");

        // Gone with them: imports, lines, inventory log rows, failure notices.
        assertEquals(0, count("inventory_import WHERE request_id IN (" + old + ") OR request_id" + BULK_RANGE));
        assertEquals(0, count("import_line WHERE import_id IN (" + oldImports + ") OR import_id" + BULK_RANGE));
        assertEquals(0, count("inventory_log WHERE request_id IN (" + old + ") OR request_id" + BULK_RANGE));
        assertEquals(0, count("failure_notice WHERE request_id = " + stale));

        // Kept: Pending and Failed however old, recent requests with all of theirs, the applied
        // message ids, the sequence state, the audit trail.
        assertEquals("PENDING", TestServer.queryString("SELECT status FROM inventory_request WHERE id = " + pending));
        assertEquals("FAILED", TestServer.queryString("SELECT status FROM inventory_request WHERE id = " + failed));
        assertEquals(1, count("failure_notice WHERE request_id = " + failed));
        assertEquals(2, count("inventory_request WHERE id IN (" + keptRequests + ")"));
        assertEquals(keptImports, count("inventory_import WHERE request_id IN (" + keptRequests + ")"));
        assertEquals(keptLines, count("import_line l WHERE l.import_id IN (SELECT i.id FROM inventory_import i"
                + " WHERE i.request_id IN (" + keptRequests + "))"));
        assertEquals(keptLog, count("inventory_log WHERE request_id IN (" + keptRequests + ")"));
        assertEquals(processedMessages, count("processed_message"));
        assertEquals(stock, rows("SELECT sku, source, sequence_id, quantity FROM stock_item ORDER BY sku, source"));
        assertEquals(1, count("audit_entry WHERE id = " + OLD_AUDIT_ID));

        // The import back on: the old Pending request is processed (the sweeper), and is recent then.
        setting("IMPORT_ENABLED", "true");
        assertEquals("Processed", client.awaitDone(pending, Duration.ofSeconds(30)).getString("status"));
        assertEquals(4, stockQty("RET-D"));

        // Detection did not weaken: a message applied before the cleanup is Repeated, not applied.
        TestServer.execute("UPDATE stock_item SET quantity = 51 WHERE sku = 'RET-A'");
        Answer again = client.soap(61001, List.of(Line.of("RET-A", 50, 20), Line.of("RET-B", 5, 7)));
        JsonObject repeated = client.awaitDone(again.requestId(), PROCESSED_WITHIN);
        assertEquals("Repeated", repeated.getString("status"));
        assertEquals(applied, repeated.getJsonNumber("repeats_request_id").longValue());
        assertEquals("Repeated", client.awaitDone(client.soap(BULK_FIRST_MESSAGE + 7, List.of(Line.of("RET-E", 1, 1)))
                .requestId(), PROCESSED_WITHIN).getString("status"), "a bulk message id too");
        assertEquals(51, stockQty("RET-A"), "not applied again");
        assertEquals(404, client.get("rest/V1/stockItems/RET-E").status());

        // ... and a stale sequence id of an old SKU is Superseded, the same one a Duplicate.
        JsonObject late = client.awaitDone(client.soap(61010, List.of(Line.of("RET-A", 7, 19), Line.of("RET-B", 6, 7)))
                .requestId(), PROCESSED_WITHIN);
        assertEquals("Processed", late.getString("status"));
        assertEquals(1, late.getInt("superseded"));
        assertEquals(1, late.getInt("duplicates"));
        assertEquals(0, late.getInt("successes"));
        assertEquals(51, stockQty("RET-A"));
        assertEquals(5, stockQty("RET-B"));
    }

    /** Old Processed requests, each with its import, a line, an inventory log row and its message id. */
    private static void insertOldBulk() throws SQLException {
        String t = sqlTime(LocalDateTime.now(ZoneOffset.UTC).minusDays(40));
        try (Connection c = TestServer.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement request = c.prepareStatement("INSERT INTO inventory_request (id, message_id, contract,"
                    + " entity, operation, status, line_count, received_at, processed_at, attempts, content_type, body,"
                    + " answer) VALUES (?, ?, 'M2_SOAP', 'Inventory', 'Update', 'PROCESSED', 1, " + t + ", " + t
                    + ", 1, 'application/soap+xml', ?, ?)");
                 PreparedStatement report = c.prepareStatement("INSERT INTO inventory_import (id, request_id, message_id,"
                         + " successes, duplicates, superseded, failures, processed_at) VALUES (?, ?, ?, 0, 0, 1, 0, " + t + ")");
                 PreparedStatement line = c.prepareStatement("INSERT INTO import_line (import_id, line_no, source, sku,"
                         + " sequence_id, qty_received, result, message) VALUES (?, 1, 'default', 'RET-BULK', 1, 1,"
                         + " 'SUPERSEDED', 'bulk')");
                 PreparedStatement log = c.prepareStatement("INSERT INTO inventory_log (logged_at, kind, request_id,"
                         + " import_id, message_id, source, sku, sequence_id, qty_received, message) VALUES (" + t
                         + ", 'SUPERSEDED', ?, ?, ?, 'default', 'RET-BULK', 1, 1, 'bulk')");
                 PreparedStatement applied = c.prepareStatement("INSERT INTO processed_message (message_id, request_id)"
                         + " VALUES (?, ?)")) {
                for (int i = 0; i < BULK; i++) {
                    long id = BULK_FIRST_ID + i;
                    long message = BULK_FIRST_MESSAGE + i;
                    request.setLong(1, id);
                    request.setLong(2, message);
                    request.setBytes(3, "<bulk/>".getBytes(StandardCharsets.UTF_8));
                    request.setString(4, "Success - Message " + message + " Received");
                    request.addBatch();
                    report.setLong(1, id);
                    report.setLong(2, id);
                    report.setLong(3, message);
                    report.addBatch();
                    line.setLong(1, id);
                    line.addBatch();
                    log.setLong(1, id);
                    log.setLong(2, id);
                    log.setLong(3, message);
                    log.addBatch();
                    applied.setLong(1, message);
                    applied.setLong(2, id);
                    applied.addBatch();
                }
                for (PreparedStatement s : List.of(request, report, line, log, applied)) {
                    s.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static void inOneTransaction(String... statements) throws SQLException {
        try (Connection c = TestServer.database(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
            c.commit();
        }
    }

    private static String sqlTime(LocalDateTime utc) {
        return "TIMESTAMP '" + utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "'";
    }

    private static void setting(String name, String value) {
        TestServer.execute("UPDATE setting SET setting_value = '" + value + "' WHERE name = '" + name + "'");
    }

    private static long count(String fromWhere) {
        return TestServer.queryLong("SELECT COUNT(*) FROM " + fromWhere);
    }

    private static String idList(String sql) throws SQLException {
        return String.join(",", rows(sql));
    }

    /** Every row, its columns joined by '|'. */
    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestServer.database(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] values = new String[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getString(i + 1);
                }
                rows.add(String.join("|", Arrays.asList(values)));
            }
        }
        return rows;
    }

    private long done(Answer ack, String status) {
        assertEquals(200, ack.status(), ack.body());
        JsonObject r = client.awaitDone(ack.requestId(), PROCESSED_WITHIN);
        assertEquals(status, r.getString("status"), r.toString());
        return ack.requestId();
    }

    private int stockQty(String sku) {
        JsonObject item = client.getJson("rest/V1/stockItems/" + sku);
        assertTrue(item.containsKey("qty"), item.toString());
        return item.getJsonNumber("qty").intValueExact();
    }
}
