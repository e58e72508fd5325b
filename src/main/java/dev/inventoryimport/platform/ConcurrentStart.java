package dev.inventoryimport.platform;

import java.util.logging.Logger;

/**
 * Start-up seeding (the run-time settings, the console's admin account, the configured Magento 1
 * API user) inserts a row when it finds none. Instances started at the same moment on one empty
 * database all find none, and the inserts of all but one fail: a duplicate key, or a deadlock on the
 * gap locks of a locking read. The row is there afterwards, so seeding again reads it and inserts
 * nothing: each seed is retried a few times, in a transaction of its own, before the start fails.
 */
public final class ConcurrentStart {

    private static final Logger LOG = Logger.getLogger(ConcurrentStart.class.getName());
    static final int ATTEMPTS = 4;

    private ConcurrentStart() {
    }

    /** @param seed one whole transaction (the caller must not hold one: its failure would doom it) */
    public static void seed(String what, Runnable seed) {
        for (int attempt = 1; ; attempt++) {
            try {
                seed.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.info(() -> "Seeding " + what + " failed, probably against another instance starting at the"
                        + " same time (" + rootCause(e) + "); seeding again");
                try {
                    Thread.sleep(250L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
