package dev.inventoryimport.queue;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import dev.inventoryimport.platform.CrashPoint;
import dev.inventoryimport.platform.database.Jdbc;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * "Process now": re-opens Failed requests and queues them with the Pending ones, in the caller's
 * transaction, so the re-opening and its triggers commit together. Requests already applied are
 * left as they are: processing is never repeated.
 *
 * <p>{@code inventory_request} is written in plain JDBC only: the update and the read of what it
 * left Pending go through {@link Jdbc}, on the XA pool's connection the JMS send commits with.
 */
@ApplicationScoped
public class ManualProcessing {

    /** The requests queued, and those skipped because they were neither Pending nor Failed. */
    public record Outcome(List<Long> queued, int skipped) {
    }

    @Inject
    Jdbc jdbc;

    @Inject
    ImportQueue queue;

    @Inject
    CrashPoint crashPoint;

    @Transactional
    public Outcome processNow(Collection<Long> requestIds) {
        List<Long> ids = requestIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return new Outcome(List.of(), 0);
        }
        crashPoint.enter("process-now");
        String in = " AND id IN (" + Jdbc.placeholders(ids.size()) + ")";
        jdbc.update("UPDATE inventory_request SET status = ?, error = NULL, processed_at = NULL WHERE status = ?" + in,
                parameters(ids, RequestStatus.PENDING, RequestStatus.FAILED));
        List<Long> queued = jdbc.select("SELECT id FROM inventory_request WHERE status = ?" + in + " ORDER BY id",
                rs -> rs.getLong(1), parameters(ids, RequestStatus.PENDING));
        queue.enqueueManual(queued);
        return new Outcome(queued, ids.size() - queued.size());
    }

    /** The statuses' names, as the column stores them, then the ids. */
    private static Object[] parameters(List<Long> ids, RequestStatus... statuses) {
        return Stream.concat(Stream.of(statuses).map(RequestStatus::name), ids.stream()).toArray();
    }
}
