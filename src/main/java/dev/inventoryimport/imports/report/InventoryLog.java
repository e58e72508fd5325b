package dev.inventoryimport.imports.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import dev.inventoryimport.imports.LogKind;
import dev.inventoryimport.platform.query.Page;
import dev.inventoryimport.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The inventory log of the guide, as the console reads it: superseded (stale) lines and repeated
 * messages. {@link ImportStore} writes it in the import's transaction, so an entry exists exactly
 * when the import that met it committed.
 */
@ApplicationScoped
public class InventoryLog {

    /** Every criterion optional; the SKU matches as a prefix, the source exactly. */
    public record Filter(String skuPrefix, String source, Long messageId, LocalDateTime from, LocalDateTime to,
                         LogKind kind) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }

        Where where() {
            return new Where().startsWith("e.sku", skuPrefix).equal("e.source", source).equal("e.messageId", messageId)
                    .atLeast("e.loggedAt", from).atMost("e.loggedAt", to).equal("e.kind", kind);
        }
    }

    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

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

    /**
     * Every entry the filter selects, newest first, a chunk per query (keyset on the id, which grows
     * with the time logged): what the CSV export streams.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED) // each chunk its own short read, none held open
    public void forEach(Filter filter, Consumer<InventoryLogEntry> sink) {
        long before = Long.MAX_VALUE;
        List<InventoryLogEntry> chunk;
        do {
            Where where = filter.where().atMost("e.id", before - 1);
            chunk = where.bind(em.createQuery("SELECT e FROM InventoryLogEntry e" + where.jpql() + " ORDER BY e.id DESC",
                            InventoryLogEntry.class))
                    .setMaxResults(EXPORT_CHUNK)
                    .getResultList();
            chunk.forEach(sink);
            if (!chunk.isEmpty()) {
                before = chunk.get(chunk.size() - 1).id();
            }
        } while (chunk.size() == EXPORT_CHUNK);
    }
}
