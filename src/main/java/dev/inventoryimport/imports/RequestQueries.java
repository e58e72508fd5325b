package dev.inventoryimport.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.inventoryimport.intake.Request;
import dev.inventoryimport.intake.RequestStatus;
import dev.inventoryimport.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Read-side queries over requests and their imports. */
@ApplicationScoped
@Transactional // each read in a transaction: a fresh persistence context, never an entity cached by an earlier call
public class RequestQueries {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** A request with the import made from it, if any. */
    public record RequestReport(Request request, Import report) {
    }

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

    /**
     * Reads each request with its report in one statement, so both come from one snapshot: read in
     * two, an import committing between the reads could show a request Processed without the report
     * that committed with it.
     */
    private static final String WITH_REPORT = "SELECT r, i FROM Request r LEFT JOIN Import i ON i.requestId = r.id";

    public Optional<RequestReport> byId(long requestId) {
        return em.createQuery(WITH_REPORT + " WHERE r.id = :id", Object[].class)
                .setParameter("id", requestId)
                .getResultStream().findFirst()
                .map(RequestQueries::report);
    }

    /** The requests of a message id, oldest first, each with its report: one statement for all. */
    public List<RequestReport> byMessageId(long messageId, int limit) {
        return em.createQuery(WITH_REPORT + " WHERE r.messageId = :m ORDER BY r.id", Object[].class)
                .setParameter("m", messageId)
                .setMaxResults(limit)
                .getResultStream()
                .map(RequestQueries::report)
                .toList();
    }

    private static RequestReport report(Object[] t) {
        return new RequestReport((Request) t[0], (Import) t[1]);
    }
}
