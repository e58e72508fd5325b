package dev.inventoryimport.imports;

/**
 * What the import does after an attempt failed: try again now, leave the request Pending for the
 * sweeper, or end it Failed (the dead letter). A value, so the rule is unit-tested apart from the
 * transactions around it.
 *
 * <p>A conflict is retried in the same run up to {@code perRun} attempts, then left Pending; once the
 * request has had {@code maxAttempts} attempts in all (across sweeps) it ends Failed instead, so a
 * collision that is not a race at all (a duplicate key that recurs on every attempt) becomes a dead
 * letter. The database or broker being out of reach is no fault of the request: it stays Pending
 * however often it was tried. Anything else fails at once.
 *
 * @param perRun      attempts in one run (one trigger)
 * @param maxAttempts attempts in all before a conflict ends the request Failed ({@code IMPORT_MAX_ATTEMPTS})
 */
public record RetryRule(int perRun, int maxAttempts) {

    /** What comes next. */
    public enum Next { RETRY, LEAVE_PENDING, FAIL }

    /** Marks an attempt whose count could not be recorded (the database out of reach, or the request ended). */
    public static final int NOT_COUNTED = -1;

    public RetryRule {
        if (perRun < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("perRun and maxAttempts must be positive");
        }
    }

    /**
     * @param kind         what went wrong
     * @param attemptInRun this run's attempt that failed, from 1
     * @param counted      the request's attempts in all, this one included, or {@link #NOT_COUNTED}
     * @param manual       a run an operator asked for ("Process now"): it gets a run of its own even when
     *                     the request has used up its attempts, so a replay is a real retry
     */
    public Next after(Failures.Kind kind, int attemptInRun, int counted, boolean manual) {
        return switch (kind) {
            case PERMANENT -> Next.FAIL;
            case UNAVAILABLE -> Next.LEAVE_PENDING;
            case CONFLICT -> {
                boolean usedUp = counted != NOT_COUNTED && counted >= maxAttempts;
                if (usedUp && (!manual || attemptInRun >= perRun)) {
                    yield Next.FAIL;
                }
                yield attemptInRun < perRun ? Next.RETRY : Next.LEAVE_PENDING;
            }
        };
    }
}
