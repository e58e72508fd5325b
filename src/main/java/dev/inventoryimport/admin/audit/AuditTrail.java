package dev.inventoryimport.admin.audit;

import java.util.List;

import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.platform.query.Page;
import dev.inventoryimport.platform.query.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The audit trail of operator actions. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** In the transaction of the action being recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditAction action, String detail) {
        em.persist(new AuditEntry(UtcClock.now(), actor, action, detail));
    }

    @Transactional
    public long count(AuditAction action) {
        Where where = new Where().equal("a.action", action);
        return where.bind(em.createQuery("SELECT COUNT(a.id) FROM AuditEntry a" + where.jpql(), Long.class))
                .getSingleResult();
    }

    /** Newest first. */
    @Transactional
    public List<AuditEntry> page(AuditAction action, Page page) {
        Where where = new Where().equal("a.action", action);
        return where.bind(em.createQuery("SELECT a FROM AuditEntry a" + where.jpql()
                        + " ORDER BY a.loggedAt DESC, a.id DESC", AuditEntry.class))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }
}
