package dev.inventoryimport.imports;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs the import of one request to an end: retries a conflict with another import (optimistic
 * lock, deadlock, a concurrent first insert of a SKU) in a fresh transaction with back-off, the
 * retries holding their stock rows from the start (optimistic first, pessimistic after a loss), leaves
 * the request Pending when the database or broker is out of reach, and otherwise records it Failed.
 * Every attempt is counted on the request, a rolled-back one in a transaction of its own; a request
 * still conflicting after {@code IMPORT_MAX_ATTEMPTS} attempts in all ends Failed ({@link RetryRule}).
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    /** Attempts of one run on a conflict: the first and at most 5 retries (then the sweeper's turn). */
    static final int ATTEMPTS_PER_RUN = 6;
    /**
     * A trigger can name a row not visible yet: one sent from Process now's two-phase transaction,
     * where the broker may commit its branch a moment before the database commits its own. Wait for
     * it, briefly; a trigger whose row stays invisible names nothing to import.
     */
    static final int MAX_VISIBILITY_WAITS = 8;

    @Inject
    ImportService service;

    @Inject
    RuntimeSettings settings;

    @Inject
    ImportMetrics metrics;

    /**
     * @param messageId the request's message id when the trigger names it (a push just stored), else null:
     *                  the import learns it from the row, but a line logged before that (the database is
     *                  away) has it only from here
     * @param manual    asked for by an operator ("Process now"): runs even while the import is switched off
     */
    public void run(long requestId, Long messageId, boolean manual) {
        if (!manual && !settings.importEnabled()) {
            return; // stays Pending; enabling the import queues it again
        }
        try (LogContext ignored = LogContext.open(requestId, messageId)) {
            runAttempts(requestId, manual, new RetryRule(ATTEMPTS_PER_RUN, settings.importMaxAttempts()));
        }
    }

    private void runAttempts(long requestId, boolean manual, RetryRule rule) {
        long started = System.nanoTime();
        int waits = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                ImportService.Attempt result = service.importRequest(requestId, attempt > 1,
                        settings.importPolicy(), settings.adjustment());
                if (result.outcome() == ImportService.Outcome.NOT_VISIBLE) {
                    LOG.info(() -> LogContext.prefix() + "Not claimable yet, waiting for its commit");
                    if (++waits > MAX_VISIBILITY_WAITS) {
                        LOG.warning(() -> LogContext.prefix() + "Not found; the sweeper will queue it if it exists");
                        return;
                    }
                    attempt--;
                    backOff(waits);
                    continue;
                }
                ended(result, Duration.ofNanos(System.nanoTime() - started));
                return;
            } catch (Exception e) {
                Failures.Kind kind = Failures.classify(e);
                String error = Failures.describe(e);
                int counted = kind == Failures.Kind.PERMANENT ? RetryRule.NOT_COUNTED : count(requestId, error);
                RetryRule.Next next = rule.after(kind, attempt, counted, manual);
                if (next == RetryRule.Next.RETRY) {
                    metrics.conflictRetried();
                    int retry = attempt;
                    LOG.fine(() -> LogContext.prefix() + "Conflict with a concurrent import, retry " + retry + ": " + error);
                    backOff(attempt);
                    continue;
                }
                handle(requestId, kind, next, attempt, counted, error, e);
                return;
            }
        }
    }

    /** Counts the attempt that rolled back; the database may be out of reach, which the count must not hide. */
    private int count(long requestId, String error) {
        try {
            return service.attemptFailed(requestId, error);
        } catch (RuntimeException e) {
            LOG.fine(() -> LogContext.prefix() + "Attempt not counted: " + Failures.describe(e));
            return RetryRule.NOT_COUNTED;
        }
    }

    private void ended(ImportService.Attempt result, Duration took) {
        switch (result.outcome()) {
            case PROCESSED -> {
                metrics.processed(result.plan(), took);
                LOG.fine(() -> LogContext.prefix() + "Processed in " + took.toMillis() + " ms: "
                        + result.plan().count(LineResult.SUCCESS) + " Success, "
                        + result.plan().count(LineResult.DUPLICATE) + " Duplicate, "
                        + result.plan().count(LineResult.SUPERSEDED) + " Superseded, "
                        + result.plan().count(LineResult.FAILURE) + " Failure");
            }
            case REPEATED -> {
                metrics.ended(ImportMetrics.End.REPEATED);
                LOG.fine(() -> LogContext.prefix() + "Repeated: its message id was applied before");
            }
            default -> LOG.fine(() -> LogContext.prefix() + "Not Pending any more: a duplicate trigger, nothing done");
        }
    }

    private void handle(long requestId, Failures.Kind kind, RetryRule.Next next, int attemptsInRun, int counted,
                        String error, Exception e) {
        if (next == RetryRule.Next.LEAVE_PENDING) {
            metrics.ended(ImportMetrics.End.LEFT_PENDING);
            if (kind == Failures.Kind.CONFLICT) {
                LOG.warning(() -> LogContext.prefix() + "Still conflicting after " + attemptsInRun + " attempts ("
                        + (counted == RetryRule.NOT_COUNTED ? "not counted" : counted + " in all")
                        + "); left Pending for the sweeper: " + error);
            } else {
                LOG.warning(() -> LogContext.prefix() + "Left Pending: " + error);
            }
            return;
        }
        if (kind == Failures.Kind.CONFLICT) {
            LOG.warning(() -> LogContext.prefix() + "Failed: still conflicting after " + counted + " attempts: " + error);
        } else {
            LOG.log(Level.WARNING, LogContext.prefix() + "Failed: " + error, e);
        }
        try {
            service.markFailed(requestId, error, counted != RetryRule.NOT_COUNTED);
            metrics.ended(ImportMetrics.End.FAILED);
        } catch (RuntimeException markError) {
            metrics.ended(ImportMetrics.End.LEFT_PENDING);
            LOG.warning(() -> LogContext.prefix() + "Could not be marked Failed, left Pending: "
                    + Failures.describe(markError));
        }
    }

    private static void backOff(int attempt) {
        long base = 10L << Math.min(attempt, 5); // 20, 40, 80, 160, 320 ms, plus as much jitter
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
