package dev.inventoryimport.imports.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.inventoryimport.imports.LineResult;
import dev.inventoryimport.platform.Ordering;
import dev.inventoryimport.platform.Page;
import dev.inventoryimport.platform.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The imports grid, an import's report lines and a SKU's line history, paged in the database. */
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
    private static final String LINE_COLUMNS = "SELECT l.importId, l.lineNo, l.source, l.sku, l.sequenceId,"
            + " l.qtyReceived, l.qtySet, l.result, l.message";
    private static final String REPORT_COLUMNS = LINE_COLUMNS + ", l.unsentOrderUnits, l.activeQuoteUnits";
    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

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
        Where where = linesOf(importId, result);
        return where.bind(em.createQuery("SELECT COUNT(l.lineNo) FROM ImportLine l" + where.jpql(), Long.class))
                .getSingleResult();
    }

    /** Lines of one import in line order, optionally of one result. */
    public List<ReportLine> lines(long importId, LineResult result, Page page) {
        Where where = linesOf(importId, result);
        return where.bind(em.createQuery(REPORT_COLUMNS + " FROM ImportLine l" + where.jpql() + " ORDER BY l.lineNo",
                        Object[].class))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultStream()
                .map(t -> new ReportLine(line(t), (BigDecimal) t[9], (BigDecimal) t[10]))
                .toList();
    }

    /** Whether Adjust Inventory adjusted any line of the import: its report then shows what it took off. */
    public boolean adjusted(long importId) {
        return !em.createQuery("SELECT l.lineNo FROM ImportLine l WHERE l.importId = :id"
                        + " AND (l.unsentOrderUnits IS NOT NULL OR l.activeQuoteUnits IS NOT NULL)", Integer.class)
                .setParameter("id", importId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The newest lines that named a SKU, newest first. */
    public List<HistoryLine> historyOf(String sku, int limit) {
        return em.createQuery(LINE_COLUMNS + ", i.requestId, i.messageId, i.processedAt FROM ImportLine l, Import i"
                        + " WHERE l.sku = :sku AND i.id = l.importId ORDER BY l.importId DESC, l.lineNo DESC",
                        Object[].class)
                .setParameter("sku", sku)
                .setMaxResults(limit)
                .getResultStream()
                .map(t -> new HistoryLine(line(t), (Long) t[9], (Long) t[10], (LocalDateTime) t[11]))
                .toList();
    }

    private static Where linesOf(long importId, LineResult result) {
        return new Where().equal("l.importId", importId).equal("l.result", result);
    }

    private static Row row(Object[] t) {
        return new Row((Long) t[0], (Long) t[1], (Long) t[2], (Integer) t[3], (Integer) t[4], (Integer) t[5],
                (Integer) t[6], (LocalDateTime) t[7]);
    }

    private static Line line(Object[] t) {
        return new Line((Long) t[0], (Integer) t[1], (String) t[2], (String) t[3], (Long) t[4], (BigDecimal) t[5],
                (BigDecimal) t[6], (LineResult) t[7], (String) t[8]);
    }
}
