package dev.inventoryimport.imports;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.inventoryimport.adjustment.Adjustments;
import dev.inventoryimport.adjustment.DemandQueries;
import dev.inventoryimport.intake.InventoryPush;
import dev.inventoryimport.intake.PushReader;
import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.intake.RecentPushes;
import dev.inventoryimport.intake.Request;
import dev.inventoryimport.intake.RequestStatus;
import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.settings.AdjustmentMode;
import dev.inventoryimport.settings.AdjustmentSettings;
import dev.inventoryimport.settings.RuntimeSettings;
import dev.inventoryimport.stock.StockKey;
import dev.inventoryimport.stock.StockRows;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Applies one stored request in one transaction: claim it, apply its lines, write its report and
 * its new status. All of it commits, or none of it (a crash half-way leaves the request Pending and
 * the stock untouched).
 */
@Stateless
public class ImportService {

    /** What an attempt did. */
    public enum Outcome {
        PROCESSED, REPEATED, NOT_PENDING,
        /** No such request visible yet: the trigger can overtake the commit of the row it names. */
        NOT_VISIBLE
    }

    /** What an attempt did, and for a request it processed the decisions on its lines. */
    public record Attempt(Outcome outcome, ImportPlan plan) {
        private static final ImportPlan NO_LINES = new ImportPlan(List.of(), List.of());

        static Attempt of(Outcome outcome) {
            return new Attempt(outcome, NO_LINES);
        }
    }

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    StockRows stock;

    @Inject
    ReportLines lines;

    @Inject
    RuntimeSettings settings;

    @Inject
    DemandQueries demand;

    @Inject
    InventoryLog inventoryLog;

    @Inject
    FailureNotices failureNotices;

    @Inject
    RecentPushes recent;

    /**
     * @param lockRows read the stock rows with a write lock: used when retrying after a conflict, so
     *                 a message whose SKUs are hot waits for its turn instead of losing again
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt importRequest(long requestId, boolean lockRows) {
        // The claim: a conditional update that also locks the row until this transaction ends, so a
        // redelivered or re-sent trigger for the same request waits, then finds it no longer Pending.
        int claimed = em.createQuery("UPDATE Request r SET r.attempts = r.attempts + 1"
                        + " WHERE r.id = :id AND r.status = :pending")
                .setParameter("id", requestId)
                .setParameter("pending", RequestStatus.PENDING)
                .executeUpdate();
        if (claimed == 0) {
            // Not claimable but still Pending (or absent): the row's commit is not finished yet.
            Request seen = em.find(Request.class, requestId);
            return Attempt.of(seen == null || seen.status() == RequestStatus.PENDING ? Outcome.NOT_VISIBLE : Outcome.NOT_PENDING);
        }
        Request request = em.find(Request.class, requestId);
        LogContext.messageIs(request.messageId());
        Optional<InventoryPush> parsed = recent.take(requestId);
        LocalDateTime now = UtcClock.now();

        ProcessedMessage earlier = em.find(ProcessedMessage.class, request.messageId());
        if (earlier != null && earlier.requestId() == requestId) {
            // Applied already, its status lost (never expected; the import row is the proof): mend it.
            request.markProcessed(now);
            return Attempt.of(Outcome.PROCESSED);
        }
        if (earlier != null) {
            request.markRepeated(earlier.requestId(), now);
            inventoryLog.repeated(request, earlier.requestId(), now);
            return Attempt.of(Outcome.REPEATED);
        }
        em.persist(new ProcessedMessage(request.messageId(), requestId));

        InventoryPush push = parsed.orElseGet(() -> read(request));
        Set<StockKey> keys = new HashSet<>(ImportRules.keysOf(push.lines()));
        Map<StockKey, StockRows.Row> rows = jdbc(() -> stock.load(keys, lockRows));
        ImportPlan plan = ImportRules.decide(push.lines(),
                rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state())),
                settings.importPolicy(), adjustments(keys));

        List<StockRows.Write> writes = plan.changes().stream()
                .map(c -> new StockRows.Write(c.key(), c.sequenceId(), c.quantity(), c.inStock(),
                        c.newRow() ? null : rows.get(c.key()).version()))
                .toList();
        jdbc(() -> stock.write(writes, now));
        Import report = new Import(requestId, request.messageId(), plan, now);
        em.persist(report);
        jdbc(() -> lines.insert(report.id(), plan.lines()));
        if (report.failures() > 0) {
            failureNotices.raise(requestId, now);
        }
        request.markProcessed(now);
        flush();
        if (report.superseded() > 0) {
            inventoryLog.superseded(report);
        }
        return new Attempt(Outcome.PROCESSED, plan);
    }

    /** A JDBC read of the import. */
    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    /** A JDBC write of the import. */
    @FunctionalInterface
    private interface Update {
        void run() throws SQLException;
    }

    private static void jdbc(Update update) {
        jdbc(() -> {
            update.run();
            return null;
        });
    }

    /** Runs a JDBC step; a collision with another import becomes a conflict, to be retried. */
    private static <T> T jdbc(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException | OptimisticLockException e) {
            if (Failures.classify(e) == Failures.Kind.CONFLICT) {
                throw new ImportConflict(e);
            }
            throw new IllegalStateException("Import failed in the database: " + e.getMessage(), e);
        }
    }

    /** Writes now, so a collision with another import surfaces here as a conflict, not at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Failures.classify(e) == Failures.Kind.CONFLICT) {
                throw new ImportConflict(e);
            }
            throw e;
        }
    }

    /** Adjust Inventory: the demand on the message's SKUs of the adjustment source, one query per kind. */
    private Adjustments adjustments(Set<StockKey> keys) {
        AdjustmentSettings adjustment = settings.adjustment();
        if (adjustment.mode() == AdjustmentMode.NO) {
            return Adjustments.NONE;
        }
        Set<String> skus = keys.stream().filter(k -> k.source().equals(adjustment.source()))
                .map(StockKey::sku).collect(Collectors.toSet());
        return new Adjustments(adjustment, demand.demand(skus, adjustment));
    }

    private static InventoryPush read(Request request) {
        try {
            return PushReader.read(request.contract(), request.body(), Integer.MAX_VALUE);
        } catch (PushRejected e) {
            // Accepted at intake, so only a damaged row or an incompatible upgrade gets here.
            throw new IllegalStateException("Stored body of request " + request.id() + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** Records the dead letter: the request stays in the database, Failed, with the error. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long requestId, String error) {
        LocalDateTime now = UtcClock.now();
        int failed = em.createQuery("UPDATE Request r SET r.status = :failed, r.error = :error, r.processedAt = :at,"
                        + " r.attempts = r.attempts + 1 WHERE r.id = :id AND r.status = :pending")
                .setParameter("failed", RequestStatus.FAILED)
                .setParameter("error", error)
                .setParameter("at", now)
                .setParameter("id", requestId)
                .setParameter("pending", RequestStatus.PENDING)
                .executeUpdate();
        if (failed == 1) {
            failureNotices.raise(requestId, now);
        }
    }
}
