package dev.inventoryimport.imports;

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
}
