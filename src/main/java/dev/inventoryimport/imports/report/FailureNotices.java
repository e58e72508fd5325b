package dev.inventoryimport.imports.report;

import dev.inventoryimport.platform.database.Jdbc;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Failures nobody has opened yet: what the console's banner is about. A notice is a Failed request,
 * or an import with Failure lines; {@link ImportStore} raises it in the import's transaction, the
 * console clears it when the request or its report is opened. The table is kept in plain JDBC.
 */
@ApplicationScoped
public class FailureNotices {

    @Inject
    Jdbc jdbc;

    /** The operator opened the request or its import report. */
    public void clear(long requestId) {
        jdbc.update("DELETE FROM failure_notice WHERE request_id = ?", requestId);
    }

    public long open() {
        return jdbc.count("SELECT COUNT(*) FROM failure_notice");
    }

    /** The notices not opened yet, by kind: Failed requests, and imports with Failure lines. */
    public record Open(long failedRequests, long importsWithFailures) {
        public long total() {
            return failedRequests + importsWithFailures;
        }
    }

    /** Both counts in one statement, so they add up to the notices open at one moment. */
    public Open openByKind() {
        return jdbc.select("SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.status = ? THEN 1 ELSE 0 END), 0)"
                        + " FROM failure_notice n LEFT JOIN inventory_request r ON r.id = n.request_id",
                rs -> new Open(rs.getLong(2), rs.getLong(1) - rs.getLong(2)), RequestStatus.FAILED.name()).get(0);
    }
}
