package dev.inventoryimport.imports.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.inventoryimport.imports.LineResult;
import dev.inventoryimport.imports.LineText;
import dev.inventoryimport.platform.database.Jdbc;
import dev.inventoryimport.platform.database.UtcTimestampConverter;
import dev.inventoryimport.platform.query.Ordering;
import dev.inventoryimport.platform.query.Page;
import dev.inventoryimport.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The imports grid, an import's report lines and a SKU's line history, paged in the database. The
 * grid reads the {@link Import} entity; the lines are a table kept in plain JDBC ({@link ImportLine}),
 * read here through {@link Jdbc}.
 */
@ApplicationScoped
@Transactional
public class ImportSearch {

    /** Every criterion optional; ranges inclusive. */
    public record Filter(Long idFrom, Long idTo, Long requestId, Long messageFrom, Long messageTo,
                         LocalDateTime processedFrom, LocalDateTime processedTo, boolean withFailures,
                         boolean withSuperseded) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, false, false);
        }

        Where where() {
            return new Where()
                    .atLeast("i.id", idFrom).atMost("i.id", idTo).equal("i.requestId", requestId)
                    .atLeast("i.messageId", messageFrom).atMost("i.messageId", messageTo)
                    .atLeast("i.processedAt", processedFrom).atMost("i.processedAt", processedTo)
                    .when(withFailures, "i.failures > 0")
                    .when(withSuperseded, "i.superseded > 0");
        }

        /** Newest first; with a processed range by processed time, so its index serves it (see RequestSearch). */
        Ordering defaultOrder() {
            return processedFrom != null || processedTo != null ? Ordering.descending("processedAt") : DEFAULT_ORDER;
        }
    }

    public record Row(long id, long requestId, long messageId, int successes, int duplicates, int superseded,
                      int failures, LocalDateTime processedAt) {
    }

    /** A report line; {@code processedAt} and {@code requestId} come from its import. */
    public record Line(long importId, int lineNo, String source, String sku, Long sequenceId, BigDecimal qtyReceived,
                       BigDecimal qtySet, LineResult result, String message) {
    }

    /**
     * A line of an import report, with what Adjust Inventory took off the figure received
     * ({@code null}: the line was not adjusted): received − unsent orders − carts = set.
     */
    public record ReportLine(Line line, BigDecimal unsentOrderUnits, BigDecimal activeQuoteUnits) {
    }

    /** A line in a SKU's history, with when and from which request it came. */
    public record HistoryLine(Line line, long requestId, long messageId, LocalDateTime processedAt) {
    }

    public static final Ordering DEFAULT_ORDER = Ordering.descending("id");
    private static final Map<String, String> SORTABLE = Map.of(
            "id", "i.id", "requestId", "i.requestId", "messageId", "i.messageId", "successes", "i.successes",
            "duplicates", "i.duplicates", "superseded", "i.superseded", "failures", "i.failures",
            "processedAt", "i.processedAt");
    private static final String COLUMNS = "SELECT i.id, i.requestId, i.messageId, i.successes, i.duplicates,"
            + " i.superseded, i.failures, i.processedAt FROM Import i";
    /** What a line's text is written from: its figures, and the text stored on Failure and Superseded lines. */
    private static final String LINE_COLUMNS = "SELECT l.import_id, l.line_no, l.source, l.sku, l.sequence_id,"
            + " l.qty_received, l.qty_set, l.result, l.message, l.units_unsent_orders, l.units_active_quotes";
    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    Jdbc jdbc;

    public long count(Filter filter) {
        Where where = filter.where();
        return where.bind(em.createQuery("SELECT COUNT(i.id) FROM Import i" + where.jpql(), Long.class))
                .getSingleResult();
    }

    public List<Row> page(Filter filter, Ordering ordering, Page page) {
        Where where = filter.where();
        return where.bind(em.createQuery(COLUMNS + where.jpql() + ordering.jpql(SORTABLE, "i.id", filter.defaultOrder()),
                        Object[].class))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultStream().map(ImportSearch::row).toList();
    }

    public Optional<Row> byId(long importId) {
        return em.createQuery(COLUMNS + " WHERE i.id = :id", Object[].class).setParameter("id", importId)
                .getResultStream().findFirst().map(ImportSearch::row);
    }

    /**
     * Every import the filter selects, by id, a chunk per query (keyset, so the cost per row stays
     * flat however many there are): what the CSV export streams.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED) // each chunk its own short read, none held open
    public void forEach(Filter filter, Consumer<Row> sink) {
        long after = Long.MIN_VALUE;
        List<Row> chunk;
        do {
            Where where = filter.where().greaterThan("i.id", after);
            chunk = where.bind(em.createQuery(COLUMNS + where.jpql() + " ORDER BY i.id", Object[].class))
                    .setMaxResults(EXPORT_CHUNK)
                    .getResultStream().map(ImportSearch::row).toList();
            chunk.forEach(sink);
            if (!chunk.isEmpty()) {
                after = chunk.get(chunk.size() - 1).id();
            }
        } while (chunk.size() == EXPORT_CHUNK);
    }

    public long countLines(long importId, LineResult result) {
        return result == null
                ? jdbc.count("SELECT COUNT(*) FROM import_line WHERE import_id = ?", importId)
                : jdbc.count("SELECT COUNT(*) FROM import_line WHERE import_id = ? AND result = ?", importId, result.name());
    }

    /** Lines of one import in line order, optionally of one result. */
    public List<ReportLine> lines(long importId, LineResult result, Page page) {
        String sql = LINE_COLUMNS + " FROM import_line l WHERE l.import_id = ?"
                + (result == null ? "" : " AND l.result = ?") + " ORDER BY l.line_no LIMIT ? OFFSET ?";
        Object[] parameters = result == null ? new Object[] {importId, page.size(), page.first()}
                : new Object[] {importId, result.name(), page.size(), page.first()};
        return jdbc.select(sql, rs -> new ReportLine(line(rs), rs.getBigDecimal(10), rs.getBigDecimal(11)), parameters);
    }

    /** Whether Adjust Inventory adjusted any line of the import: its report then shows what it took off. */
    public boolean adjusted(long importId) {
        return !jdbc.select("SELECT l.line_no FROM import_line l WHERE l.import_id = ?"
                + " AND (l.units_unsent_orders IS NOT NULL OR l.units_active_quotes IS NOT NULL) LIMIT 1",
                rs -> rs.getInt(1), importId).isEmpty();
    }

    /** The newest lines that named a SKU, newest first. */
    public List<HistoryLine> historyOf(String sku, int limit) {
        return jdbc.select(LINE_COLUMNS + ", i.request_id, i.message_id, i.processed_at FROM import_line l"
                        + " JOIN inventory_import i ON i.id = l.import_id WHERE l.sku = ?"
                        + " ORDER BY l.import_id DESC, l.line_no DESC LIMIT ?",
                rs -> new HistoryLine(line(rs), rs.getLong(12), rs.getLong(13),
                        UtcTimestampConverter.fromColumn(rs.getObject(14))), sku, limit);
    }

    private static Row row(Object[] t) {
        return new Row((Long) t[0], (Long) t[1], (Long) t[2], (Integer) t[3], (Integer) t[4], (Integer) t[5],
                (Integer) t[6], (LocalDateTime) t[7]);
    }

    /** The columns of {@link #LINE_COLUMNS}, the line's text written where it was not stored. */
    private static Line line(ResultSet rs) throws SQLException {
        long sequence = rs.getLong(5);
        Long sequenceId = rs.wasNull() ? null : sequence;
        String source = rs.getString(3);
        String sku = rs.getString(4);
        BigDecimal received = rs.getBigDecimal(6);
        BigDecimal set = rs.getBigDecimal(7);
        LineResult result = LineResult.valueOf(rs.getString(8));
        String text = LineText.of(result, source, sku, sequenceId, received, set, rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getString(9));
        return new Line(rs.getLong(1), rs.getInt(2), source, sku, sequenceId, received, set, result, text);
    }
}
