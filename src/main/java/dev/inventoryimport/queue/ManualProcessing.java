package dev.inventoryimport.queue;

import java.util.Collection;
import java.util.List;

import dev.inventoryimport.platform.CrashPoint;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * "Process now": re-opens Failed requests and queues them with the Pending ones, in the caller's
 * transaction, so the re-opening and its triggers commit together. Requests already applied are
 * left as they are: processing is never repeated.
 */
@ApplicationScoped
public class ManualProcessing {

    /** The requests queued, and those skipped because they were neither Pending nor Failed. */
    public record Outcome(List<Long> queued, int skipped) {
    }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ImportQueue queue;

    @Inject
    CrashPoint crashPoint;

    @Transactional
    public Outcome processNow(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return new Outcome(List.of(), 0);
        }
        crashPoint.enter("process-now");
        em.createQuery("UPDATE Request r SET r.status = :pending, r.error = NULL, r.processedAt = NULL"
                        + " WHERE r.id IN :ids AND r.status = :failed")
                .setParameter("pending", RequestStatus.PENDING)
                .setParameter("failed", RequestStatus.FAILED)
                .setParameter("ids", requestIds)
                .executeUpdate();
        List<Long> queued = em.createQuery("SELECT r.id FROM Request r WHERE r.id IN :ids AND r.status = :pending"
                        + " ORDER BY r.id", Long.class)
                .setParameter("ids", requestIds)
                .setParameter("pending", RequestStatus.PENDING)
                .getResultList();
        queue.enqueueManual(queued);
        return new Outcome(queued, (int) requestIds.stream().distinct().count() - queued.size());
    }
}
