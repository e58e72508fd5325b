package dev.inventoryimport.platform;

import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Start-up seeding (the run-time settings, the console's admin account, the configured Magento 1
 * API user) inserts a row when it finds none. Instances started at the same moment on one empty
 * database all find none, and the inserts of all but one fail: a duplicate key, or a deadlock on the
 * gap locks of a locking read. The row is there afterwards, so seeding again reads it and inserts
 * nothing: each seed is retried a few times, in a transaction of its own, before the start fails.
 *
 * <p>The retry is MicroProfile Fault Tolerance's. It lives on this bean, not on the seeds, for two
 * reasons: Fault Tolerance does not intercept lifecycle callbacks (the start-up singletons'
 * {@code @PostConstruct} calls this bean), and its interceptor runs inside {@code @Transactional}'s,
 * so a retry on a transactional method would repeat the work in one transaction, doomed by the first
 * failure, and never see a failed commit. Here each attempt calls the seed, a transactional method of
 * another bean, with no transaction held, so each attempt begins and commits its own.
 * {@code dev.inventoryimport.platform.ConcurrentStart/seed/Retry/maxRetries} (MicroProfile Config)
 * overrides the number of retries.
 */
@ApplicationScoped
public class ConcurrentStart {

    private static final Logger LOG = Logger.getLogger(ConcurrentStart.class.getName());
    /** Attempts in all: the first and {@code ATTEMPTS - 1} retries. */
    public static final int ATTEMPTS = 4;

    /**
     * @param seed one whole transaction, begun by the seed (the caller must not hold one: its failure
     *             would doom it); its last failure fails the start, unchanged
     */
    @Retry(maxRetries = ATTEMPTS - 1, delay = 250, jitter = 250, jitterDelayUnit = ChronoUnit.MILLIS)
    public void seed(String what, Runnable seed) {
        try {
            seed.run();
        } catch (RuntimeException e) {
            LOG.info(() -> "Seeding " + what + " failed, probably against another instance starting at the"
                    + " same time: " + rootCause(e));
            throw e;
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
