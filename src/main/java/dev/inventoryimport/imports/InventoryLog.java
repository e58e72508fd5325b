package dev.inventoryimport.imports;

import java.time.LocalDateTime;
import java.util.List;

import dev.inventoryimport.intake.Request;
import dev.inventoryimport.platform.Page;
import dev.inventoryimport.platform.UtcTimestampConverter;
import dev.inventoryimport.platform.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The inventory log of the guide: superseded (stale) lines and repeated messages. Written in the
 * import's transaction, so an entry exists exactly when the import that met it committed.
 */
@ApplicationScoped
public class InventoryLog {

    /** Every criterion optional; the SKU matches as a prefix. */
    public record Filter(String skuPrefix, LocalDateTime from, LocalDateTime to, LogKind kind) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }

        Where where() {
            return new Where().startsWith("e.sku", skuPrefix).atLeast("e.loggedAt", from).atMost("e.loggedAt", to)
                    .equal("e.kind", kind);
        }
    }

    private static final UtcTimestampConverter TIME = new UtcTimestampConverter();

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** Copies the import's superseded lines into the log: one statement, after the lines are written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void superseded(Import report) {
        em.createNativeQuery("INSERT INTO inventory_log (logged_at, kind, request_id, import_id, message_id, source,"
                        + " sku, sequence_id, qty_received, message)"
                        + " SELECT ?, 'SUPERSEDED', ?, ?, ?, l.source, l.sku, l.sequence_id, l.qty_received, l.message"
                        + " FROM import_line l WHERE l.import_id = ? AND l.result = 'SUPERSEDED' ORDER BY l.line_no")
                .setParameter(1, TIME.convertToDatabaseColumn(report.processedAt()))
                .setParameter(2, report.requestId())
                .setParameter(3, report.id())
                .setParameter(4, report.messageId())
                .setParameter(5, report.id())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void repeated(Request request, long earlierRequestId, LocalDateTime at) {
        em.createNativeQuery("INSERT INTO inventory_log (logged_at, kind, request_id, message_id, message)"
                        + " VALUES (?, 'REPEATED', ?, ?, ?)")
                .setParameter(1, TIME.convertToDatabaseColumn(at))
                .setParameter(2, request.id())
                .setParameter(3, request.messageId())
                .setParameter(4, "Message " + request.messageId() + " was received before (request "
                        + earlierRequestId + "): not processed again")
                .executeUpdate();
    }

    @Transactional
    public long count(Filter filter) {
        Where where = filter.where();
        return where.bind(em.createQuery("SELECT COUNT(e.id) FROM InventoryLogEntry e" + where.jpql(), Long.class))
                .getSingleResult();
    }

    /** Newest first. */
    @Transactional
    public List<InventoryLogEntry> page(Filter filter, Page page) {
        Where where = filter.where();
        return where.bind(em.createQuery("SELECT e FROM InventoryLogEntry e" + where.jpql()
                        + " ORDER BY e.loggedAt DESC, e.id DESC", InventoryLogEntry.class))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }
}
