package dev.inventoryimport.imports.report;

import dev.inventoryimport.requests.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Failures nobody has opened yet: what the console's banner is about ({@link ImportStore} raises them). */
@ApplicationScoped
public class FailureNotices {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** The operator opened the request or its import report. */
    @Transactional
    public void clear(long requestId) {
        em.createQuery("DELETE FROM FailureNotice n WHERE n.requestId = :id").setParameter("id", requestId)
                .executeUpdate();
    }

    @Transactional
    public long open() {
        return em.createQuery("SELECT COUNT(n.requestId) FROM FailureNotice n", Long.class).getSingleResult();
    }

    /** The notices not opened yet, by kind: Failed requests, and imports with Failure lines. */
    public record Open(long failedRequests, long importsWithFailures) {
        public long total() {
            return failedRequests + importsWithFailures;
        }
    }

    @Transactional
    public Open openByKind() {
        long failed = em.createQuery("SELECT COUNT(n.requestId) FROM FailureNotice n, Request r"
                        + " WHERE r.id = n.requestId AND r.status = :failed", Long.class)
                .setParameter("failed", RequestStatus.FAILED).getSingleResult();
        return new Open(failed, open() - failed);
    }
}
