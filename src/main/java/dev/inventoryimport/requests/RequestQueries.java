package dev.inventoryimport.requests;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.inventoryimport.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Read-side queries over requests, for the sweeper and the log lines. */
@ApplicationScoped
@Transactional // each read in a transaction: a fresh persistence context, never an entity cached by an earlier call
public class RequestQueries {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** Ids of requests Pending for at least {@code graceSeconds}, above {@code afterId}, oldest first. */
    public List<Long> pendingOlderThan(int graceSeconds, long afterId, int limit) {
        // A failed attempt is never before its request's arrival: the received_at range still serves.
        return em.createQuery("SELECT r.id FROM Request r WHERE r.status = :pending AND r.receivedAt <= :before"
                        + " AND (r.lastAttemptAt IS NULL OR r.lastAttemptAt <= :before)"
                        + " AND r.id > :after ORDER BY r.id", Long.class)
                .setParameter("pending", RequestStatus.PENDING)
                .setParameter("before", UtcClock.now().minusSeconds(graceSeconds))
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Message id by request id, for the log lines about these requests. */
    public Map<Long, Long> messageIds(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r.id, r.messageId FROM Request r WHERE r.id IN :ids", Object[].class)
                .setParameter("ids", requestIds)
                .getResultStream()
                .collect(Collectors.toMap(t -> (Long) t[0], t -> (Long) t[1]));
    }

}
