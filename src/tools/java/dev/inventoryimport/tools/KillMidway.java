package dev.inventoryimport.tools;

import java.util.concurrent.locks.LockSupport;

/**
 * Kills an instance with {@code kill -9} once a push has reached its middle (that many
 * acknowledgements), at a moment when pushes to that instance are waiting for their answer, so the
 * kill catches requests half-way: stored but not acknowledged, or prepared but not committed. Waits
 * for such a moment for 5 s at most, then kills anyway. Records what it saw for the report.
 */
final class KillMidway extends Thread {

    private final BalancedPush push;
    private final int instance;
    private final long afterAcknowledgements;
    private final ServiceProcess victim;
    private final ScaleOutDatabase db;
    private volatile long acknowledgedAtKill;
    private volatile int inFlightAtKill;
    private volatile long pendingAtKill;
    private volatile Exception failure;

    KillMidway(BalancedPush push, int instance, long afterAcknowledgements, ServiceProcess victim, ScaleOutDatabase db) {
        super("kill-midway");
        setDaemon(true);
        this.push = push;
        this.instance = instance;
        this.afterAcknowledgements = afterAcknowledgements;
        this.victim = victim;
        this.db = db;
    }

    @Override
    public void run() {
        try {
            while (push.acknowledged() < afterAcknowledgements) {
                Thread.sleep(5);
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (push.inFlight(instance) == 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(50_000); // a push takes milliseconds: look often, without spinning
            }
            inFlightAtKill = push.inFlight(instance);
            acknowledgedAtKill = push.acknowledged();
            victim.kill();
            pendingAtKill = db.pending();
            ScaleOut.log("killed instance " + (char) ('a' + instance) + " (kill -9) after " + acknowledgedAtKill
                    + " acknowledgements, " + inFlightAtKill + " pushes to it in flight, " + pendingAtKill
                    + " requests Pending");
        } catch (Exception e) {
            failure = e;
        }
    }

    long acknowledgedAtKill() {
        return acknowledgedAtKill;
    }

    int inFlightAtKill() {
        return inFlightAtKill;
    }

    long pendingAtKill() {
        return pendingAtKill;
    }

    Exception failure() {
        return failure;
    }
}
