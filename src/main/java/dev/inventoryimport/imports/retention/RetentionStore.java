package dev.inventoryimport.imports.retention;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.inventoryimport.platform.database.Jdbc;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Deletes one chunk of old requests and what was kept for them, in a transaction of its own: a
 * crash between chunks loses nothing but progress. Only Processed and Repeated requests qualify
 * (both final: nothing changes them again); Pending and Failed requests are never deleted.
 * {@code processed_message} (the guard against applying a message id twice) and {@code stock_item}
 * (each SKU's last sequence id) are never touched, so duplicate, repeated and superseded detection
 * do not weaken with age; the operators' audit trail is kept too.
 *
 * <p>Every delete is by id and set-based, one statement per table, children first, in plain JDBC
 * through {@link Jdbc} (these tables are written in JDBC only; their entities are read-only). The
 * ids are picked in JPQL before the first delete. Two instances running it at once pick the same
 * ids: the second waits for the first's row locks and then deletes nothing, which is fine.
 */
@ApplicationScoped
public class RetentionStore implements RetentionCleanup.Store {

    /** Final states only: a request in one of them is never processed again. */
    private static final List<RequestStatus> DELETABLE = List.of(RequestStatus.PROCESSED, RequestStatus.REPEATED);

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    Jdbc jdbc;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RetentionCleanup.Chunk deleteChunk(LocalDateTime cutoff, int limit) {
        List<Long> requestIds = new ArrayList<>();
        for (RequestStatus status : DELETABLE) {
            if (requestIds.size() < limit) {
                requestIds.addAll(pick(status, cutoff, limit - requestIds.size()));
            }
        }
        if (requestIds.isEmpty()) {
            return RetentionCleanup.Chunk.NONE;
        }
        List<Long> importIds = em.createQuery("SELECT i.id FROM Import i WHERE i.requestId IN :ids", Long.class)
                .setParameter("ids", requestIds)
                .getResultList();

        int logRows = deleteRows("inventory_log", "request_id", requestIds);
        int notices = deleteRows("failure_notice", "request_id", requestIds);
        int lines = deleteRows("import_line", "import_id", importIds);
        int imports = deleteRows("inventory_import", "id", importIds);
        int requests = jdbc.update("DELETE FROM inventory_request WHERE status IN ("
                        + Jdbc.placeholders(DELETABLE.size()) + ") AND id IN (" + Jdbc.placeholders(requestIds.size()) + ")",
                Stream.concat(DELETABLE.stream().map(RequestStatus::name), requestIds.stream()).toArray());
        return new RetentionCleanup.Chunk(requestIds.size(), requests, imports, lines, logRows, notices);
    }

    /**
     * The oldest requests of one status processed before the cutoff. One status at a time so the
     * index on (status, processed_at) yields them in order: no sort of every old row per chunk.
     */
    private List<Long> pick(RequestStatus status, LocalDateTime cutoff, int limit) {
        return em.createQuery("SELECT r.id FROM Request r WHERE r.status = :status AND r.processedAt < :cutoff"
                        + " ORDER BY r.processedAt, r.id", Long.class)
                .setParameter("status", status)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** One table's rows among {@code ids}, in this chunk's transaction. */
    private int deleteRows(String table, String idColumn, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.update("DELETE FROM " + table + " WHERE " + idColumn + " IN (" + Jdbc.placeholders(ids.size()) + ")",
                ids.toArray());
    }
}
