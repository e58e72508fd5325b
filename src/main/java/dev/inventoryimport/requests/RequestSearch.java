package dev.inventoryimport.requests;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.inventoryimport.platform.query.Ordering;
import dev.inventoryimport.platform.query.Page;
import dev.inventoryimport.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The requests grid and a request's detail: filtered, sorted, paged in the database. Rows never
 * carry the body, which is read only for the one request opened.
 */
@ApplicationScoped
@Transactional
public class RequestSearch {

    /** Every criterion optional; ranges inclusive. */
    public record Filter(Long idFrom, Long idTo, Long messageFrom, Long messageTo, LocalDateTime receivedFrom,
                         LocalDateTime receivedTo, RequestStatus status, Contract contract) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null);
        }

        Where where() {
            return new Where()
                    .atLeast("r.id", idFrom).atMost("r.id", idTo)
                    .atLeast("r.messageId", messageFrom).atMost("r.messageId", messageTo)
                    .atLeast("r.receivedAt", receivedFrom).atMost("r.receivedAt", receivedTo)
                    .equal("r.status", status).equal("r.contract", contract);
        }

        /**
         * Newest first. With a received range, by received time: the same order in practice (ids
         * grow with time), but the database walks the range's index instead of the whole table.
         */
        Ordering defaultOrder() {
            return receivedFrom != null || receivedTo != null ? Ordering.descending("receivedAt") : DEFAULT_ORDER;
        }
    }

    /** {@code importFailures}: the Failure lines of its import (0 without an import). */
    public record Row(long id, long messageId, Contract contract, String entity, String operation,
                      LocalDateTime receivedAt, LocalDateTime processedAt, RequestStatus status, int lineCount,
                      Long importId, int importFailures) {
        /** Process now is offered for requests not applied yet, or that failed. */
        public boolean processable() {
            return status == RequestStatus.PENDING || status == RequestStatus.FAILED;
        }
    }

    /** A request as the detail page shows it: the body decoded as received. */
    public record Detail(Row row, String contentType, String body, String answer, String error, int attempts,
                         Long repeatsRequestId) {
    }

    public static final Ordering DEFAULT_ORDER = Ordering.descending("id");
    private static final Map<String, String> SORTABLE = Map.of(
            "id", "r.id", "messageId", "r.messageId", "contract", "r.contract", "receivedAt", "r.receivedAt",
            "processedAt", "r.processedAt", "status", "r.status");
    /**
     * A request's columns and its import's id and Failure lines, in one statement (a unique key joins at most one
     * import): read in two, a request could show Processed without the import committed with it.
     */
    private static final String COLUMNS = "SELECT r.id, r.messageId, r.contract, r.entity, r.operation, r.receivedAt,"
            + " r.processedAt, r.status, r.lineCount, i.id, i.failures FROM Request r LEFT JOIN Import i ON i.requestId = r.id";

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public long count(Filter filter) {
        Where where = filter.where();
        return where.bind(em.createQuery("SELECT COUNT(r.id) FROM Request r" + where.jpql(), Long.class))
                .getSingleResult();
    }

    public List<Row> page(Filter filter, Ordering ordering, Page page) {
        Where where = filter.where();
        return where.bind(em.createQuery(COLUMNS + where.jpql()
                        + ordering.jpql(SORTABLE, "r.id", filter.defaultOrder()), Object[].class))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultStream()
                .map(RequestSearch::row)
                .toList();
    }

    /** The request and its import's id in one statement; the body (never changed) is read after. */
    public Optional<Detail> detail(long id) {
        return em.createQuery("SELECT r, i.id, i.failures FROM Request r LEFT JOIN Import i ON i.requestId = r.id"
                        + " WHERE r.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(t -> {
                    Request r = (Request) t[0];
                    Row row = new Row(r.id(), r.messageId(), r.contract(), r.entity(), r.operation(), r.receivedAt(),
                            r.processedAt(), r.status(), r.lineCount(), (Long) t[1], failures(t[2]));
                    return new Detail(row, r.contentType(), new String(r.body(), StandardCharsets.UTF_8), r.answer(),
                            r.error(), r.attempts(), r.repeatsRequestId());
                });
    }

    private static Row row(Object[] t) {
        return new Row((Long) t[0], (Long) t[1], (Contract) t[2], (String) t[3], (String) t[4],
                (LocalDateTime) t[5], (LocalDateTime) t[6], (RequestStatus) t[7], (Integer) t[8], (Long) t[9],
                failures(t[10]));
    }

    /** An import's Failure lines; 0 without an import. */
    private static int failures(Object column) {
        return column == null ? 0 : ((Number) column).intValue();
    }
}
