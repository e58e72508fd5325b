package dev.inventoryimport.imports.report;

import java.util.List;
import java.util.Optional;

import dev.inventoryimport.imports.Import;
import dev.inventoryimport.requests.Request;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Requests read with the import report made from each, for the request API. */
@ApplicationScoped
@Transactional // each read in a transaction: a fresh persistence context, never an entity cached by an earlier call
public class RequestReports {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** A request with the import made from it, if any. */
    public record RequestReport(Request request, Import report) {
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
                .map(RequestReports::report);
    }

    /** The requests of a message id, oldest first, each with its report: one statement for all. */
    public List<RequestReport> byMessageId(long messageId, int limit) {
        return em.createQuery(WITH_REPORT + " WHERE r.messageId = :m ORDER BY r.id", Object[].class)
                .setParameter("m", messageId)
                .setMaxResults(limit)
                .getResultStream()
                .map(RequestReports::report)
                .toList();
    }

    private static RequestReport report(Object[] t) {
        return new RequestReport((Request) t[0], (Import) t[1]);
    }
}
