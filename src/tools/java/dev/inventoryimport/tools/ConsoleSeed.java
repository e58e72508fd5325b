package dev.inventoryimport.tools;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.inventoryimport.imports.LineResult;

/**
 * Writes {@link SeededRequest}s into a freshly migrated database the way the live service would
 * have left them: each applied request with its import, its report lines and its processed-message
 * guard, failures with their console notice. Plain JDBC, every table in one pass, a commit per
 * {@value #BATCH} requests: a million takes minutes, where the HTTP API would take hours.
 */
final class ConsoleSeed {

    private static final int BATCH = 2_000;
    private static final int PROGRESS_EVERY = 100_000;
    private static final Duration SPREAD = Duration.ofDays(30);
    // mysql-connector-j drops the fraction of a bound LocalDateTime against MariaDB; text keeps it.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final String url;
    private final String user;
    private final String password;
    private final URI storeBase;

    /** @param storeBase the shop's address, which Magento 2 SOAP bodies name as their namespace */
    ConsoleSeed(String url, String user, String password, URI storeBase) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.storeBase = storeBase;
    }

    /** Writes requests 1..{@code requests}, received over the last 30 days in id order. */
    void seed(long requests) throws SQLException {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minus(SPREAD);
        long stepNanos = SPREAD.toNanos() / requests;
        SeededRequest.Generator generator = new SeededRequest.Generator();
        long began = System.nanoTime();
        try (Connection c = DriverManager.getConnection(batchingUrl(), user, password);
             Batches batches = new Batches(c)) {
            c.setAutoCommit(false);
            for (long id = 1; id <= requests; id++) {
                batches.add(generator.next(id, start.plusNanos((id - 1) * stepNanos)), storeBase);
                if (id % BATCH == 0 || id == requests) {
                    batches.flush();
                }
                if (id % PROGRESS_EVERY == 0) {
                    log(id + " requests seeded, " + rate(id, began));
                }
            }
            reserveIds(c, requests);
        }
        log("seeded " + requests + " requests in " + Math.round((System.nanoTime() - began) / 1e9) + " s, "
                + rate(requests, began));
    }

    /** The live service allocates its next ids above the seeded ones. */
    private static void reserveIds(Connection c, long requests) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE id_gen SET gen_value = ? WHERE gen_name IN ('request', 'import')")) {
            s.setLong(1, requests + 1000);
            s.executeUpdate();
        }
        c.commit();
    }

    private String batchingUrl() {
        return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }

    private static String rate(long requests, long began) {
        return Math.round(requests / ((System.nanoTime() - began) / 1e9)) + " requests/s";
    }

    private static String time(LocalDateTime t) {
        return t == null ? null : TIME.format(t);
    }

    private static void log(String line) {
        System.err.println("console-benchmark: " + line);
    }

    /** One batched insert per table, executed and committed together. */
    private static final class Batches implements AutoCloseable {

        private final Connection c;
        private final PreparedStatement request;
        private final PreparedStatement importRow;
        private final PreparedStatement line;
        private final PreparedStatement processed;
        private final PreparedStatement notice;

        Batches(Connection c) throws SQLException {
            this.c = c;
            request = c.prepareStatement("INSERT INTO inventory_request (id, message_id, contract, entity, operation,"
                    + " status, repeats_request_id, line_count, received_at, processed_at, attempts, content_type,"
                    + " body, answer, error) VALUES (?, ?, ?, 'Inventory', 'Update', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            importRow = c.prepareStatement("INSERT INTO inventory_import (id, request_id, message_id, successes,"
                    + " duplicates, superseded, failures, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            line = c.prepareStatement("INSERT INTO import_line (import_id, line_no, source, sku, sequence_id,"
                    + " qty_received, qty_set, result, message) VALUES (?, ?, 'default', ?, ?, ?, ?, ?, ?)");
            processed = c.prepareStatement("INSERT INTO processed_message (message_id, request_id) VALUES (?, ?)");
            notice = c.prepareStatement("INSERT INTO failure_notice (request_id, raised_at) VALUES (?, ?)");
        }

        void add(SeededRequest r, URI storeBase) throws SQLException {
            addRequest(r, storeBase);
            if (r.applied()) {
                addImport(r);
                for (int i = 0; i < SeededRequest.LINES; i++) {
                    addLine(r, i);
                }
                processed.setLong(1, r.message().messageId());
                processed.setLong(2, r.id());
                processed.addBatch();
            }
            if (r.noticed()) {
                notice.setLong(1, r.id());
                notice.setString(2, time(r.processed()));
                notice.addBatch();
            }
        }

        private void addRequest(SeededRequest r, URI storeBase) throws SQLException {
            request.setLong(1, r.id());
            request.setLong(2, r.message().messageId());
            request.setString(3, r.contract().name());
            request.setString(4, r.status().name());
            request.setObject(5, r.repeats(), Types.BIGINT);
            request.setInt(6, SeededRequest.LINES);
            request.setString(7, time(r.received()));
            request.setString(8, time(r.processed()));
            request.setInt(9, r.processed() == null ? 0 : 1);
            request.setString(10, r.contentType());
            request.setBytes(11, r.body(storeBase).getBytes(StandardCharsets.UTF_8));
            request.setString(12, "Success - Message " + r.message().messageId() + " Received");
            request.setString(13, r.error());
            request.addBatch();
        }

        private void addImport(SeededRequest r) throws SQLException {
            importRow.setLong(1, r.id()); // one import per applied request: the request's id is free for it
            importRow.setLong(2, r.id());
            importRow.setLong(3, r.message().messageId());
            importRow.setInt(4, r.count(LineResult.SUCCESS));
            importRow.setInt(5, r.count(LineResult.DUPLICATE));
            importRow.setInt(6, r.count(LineResult.SUPERSEDED));
            importRow.setInt(7, r.count(LineResult.FAILURE));
            importRow.setString(8, time(r.processed()));
            importRow.addBatch();
        }

        private void addLine(SeededRequest r, int index) throws SQLException {
            PushMessage.SkuUpdate u = r.message().updates().get(index);
            LineResult result = r.results().get(index);
            line.setLong(1, r.id());
            line.setInt(2, index + 1);
            line.setString(3, u.sku());
            line.setLong(4, u.seq());
            // An out-of-range figure is stored as no figure; only an applied line has a figure set.
            line.setBigDecimal(5, result == LineResult.FAILURE ? null : u.qty());
            line.setBigDecimal(6, result == LineResult.SUCCESS ? u.qty() : null);
            line.setString(7, result.name());
            line.setString(8, r.lineMessage(index));
            line.addBatch();
        }

        void flush() throws SQLException {
            for (PreparedStatement s : statements()) {
                s.executeBatch();
            }
            c.commit();
        }

        private List<PreparedStatement> statements() {
            return List.of(request, importRow, line, processed, notice);
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements()) {
                s.close();
            }
        }
    }
}
