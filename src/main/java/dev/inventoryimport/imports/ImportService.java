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
import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.platform.database.IdBlocks;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.InventoryPush;
import dev.inventoryimport.requests.RecentPushes;
import dev.inventoryimport.requests.StoredPushReader;
import dev.inventoryimport.settings.AdjustmentMode;
import dev.inventoryimport.settings.AdjustmentSettings;
import dev.inventoryimport.settings.ImportPolicy;
import dev.inventoryimport.stock.StockKey;
import dev.inventoryimport.stock.StockRows;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

/**
 * Applies one stored request in one transaction: claim it, apply its lines, write its report and
 * its new status. All of it commits, or none of it (a crash half-way leaves the request Pending and
 * the stock untouched). Every statement goes through the local pool
 * ({@link dev.inventoryimport.platform.database.DataSources#LOCAL}), so the transaction commits in one phase.
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

    @Inject
    ImportStore store;

    @Inject
    IdBlocks ids;

    @Inject
    StockRows stock;

    @Inject
    ReportLines lines;

    @Inject
    DemandQueries demand;

    @Inject
    RecentPushes recent;

    @Inject
    StoredPushReader reader;

    /**
     * @param lockRows   read the stock rows with a write lock: used when retrying after a conflict, so
     *                   a message whose SKUs are hot waits for its turn instead of losing again
     * @param policy     the settings in force, read before the transaction (a settings read inside it
     *                   would join it through the other pool)
     * @param adjustment the same for Adjust Inventory
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt importRequest(long requestId, boolean lockRows, ImportPolicy policy, AdjustmentSettings adjustment) {
        ImportStore.Claim claim = jdbc(() -> store.claim(requestId));
        if (claim instanceof ImportStore.Unclaimed unclaimed) {
            return Attempt.of(unclaimed == ImportStore.Unclaimed.NOT_VISIBLE ? Outcome.NOT_VISIBLE : Outcome.NOT_PENDING);
        }
        ImportStore.Claimed request = (ImportStore.Claimed) claim;
        long messageId = request.messageId();
        LogContext.messageIs(messageId);
        Optional<InventoryPush> parsed = recent.take(requestId);
        LocalDateTime now = UtcClock.now();

        Optional<Long> earlier = jdbc(() -> store.appliedBy(messageId));
        if (earlier.isPresent() && earlier.get() == requestId) {
            // Applied already, its status lost (never expected; the import row is the proof): mend it.
            jdbc(() -> store.markProcessed(requestId, now));
            return Attempt.of(Outcome.PROCESSED);
        }
        if (earlier.isPresent()) {
            jdbc(() -> store.markRepeated(requestId, earlier.get(), now));
            jdbc(() -> store.logRepeated(requestId, messageId, earlier.get(), now));
            return Attempt.of(Outcome.REPEATED);
        }
        jdbc(() -> store.applying(messageId, requestId));

        InventoryPush push = parsed.orElseGet(() -> read(requestId, request.contract()));
        Set<StockKey> keys = new HashSet<>(ImportRules.keysOf(push.lines()));
        Map<StockKey, StockRows.Row> rows = jdbc(() -> stock.load(keys, lockRows));
        ImportPlan plan = ImportRules.decide(push.lines(),
                rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state())),
                policy, jdbc(() -> adjustments(keys, adjustment)));

        List<StockRows.Write> writes = plan.changes().stream()
                .map(c -> new StockRows.Write(c.key(), c.sequenceId(), c.quantity(), c.inStock(),
                        c.newRow() ? null : rows.get(c.key()).version()))
                .toList();
        jdbc(() -> stock.write(writes, now));
        long importId = jdbc(() -> ids.next(IdBlocks.Row.IMPORT));
        jdbc(() -> store.insertReport(importId, requestId, messageId, plan, now));
        jdbc(() -> lines.insert(importId, plan.lines()));
        if (plan.count(LineResult.SUPERSEDED) > 0) {
            jdbc(() -> store.logSuperseded(importId, requestId, messageId, plan.lines(), now));
        }
        if (plan.count(LineResult.FAILURE) > 0) {
            jdbc(() -> store.raiseFailureNotice(requestId, now));
        }
        jdbc(() -> store.markProcessed(requestId, now));
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

    /** Adjust Inventory: the demand on the message's SKUs of the adjustment source, one query per kind. */
    private Adjustments adjustments(Set<StockKey> keys, AdjustmentSettings adjustment) throws SQLException {
        if (adjustment.mode() == AdjustmentMode.NO) {
            return Adjustments.NONE;
        }
        Set<String> skus = keys.stream().filter(k -> k.source().equals(adjustment.source()))
                .map(StockKey::sku).collect(Collectors.toSet());
        return new Adjustments(adjustment, demand.demand(skus, adjustment));
    }

    private InventoryPush read(long requestId, Contract contract) {
        return reader.read(requestId, contract, jdbc(() -> store.body(requestId)));
    }

    /**
     * Records the dead letter: the request stays in the database, Failed, with the error, and the
     * console's failure banner is raised for it.
     *
     * @param counted whether {@link #attemptFailed} has counted the attempt that failed already
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long requestId, String error, boolean counted) {
        LocalDateTime now = UtcClock.now();
        if (jdbc(() -> store.markFailed(requestId, error, now, !counted))) {
            jdbc(() -> store.raiseFailureNotice(requestId, now));
        }
    }

    /**
     * Counts an attempt that rolled back and keeps its error, in a transaction of its own.
     *
     * @return the request's attempts in all, or {@link RetryRule#NOT_COUNTED} if it is no longer Pending
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int attemptFailed(long requestId, String error) {
        return jdbc(() -> store.failedAttempt(requestId, error, UtcClock.now()));
    }
}
