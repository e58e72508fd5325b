package dev.inventoryimport.platform;

import java.util.logging.Logger;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A test hook, off unless {@code CRASH_AFTER_PREPARE} names a kind of transaction: it holds every
 * transaction of that kind after its prepare phase, once the coordinator has logged its decision,
 * so a crash test can {@code kill -9} the server exactly there and prove the container's recovery
 * ends the transaction all or nothing. It joins the transaction as a resource of its own, first,
 * so the coordinator reaches it before any other branch in both phases.
 */
@ApplicationScoped
public class CrashPoint {

    /** The line the server logs when a transaction is held; the test kills the server on it. */
    public static final String HELD = "CRASH POINT: held after prepare: ";

    private static final Logger LOG = Logger.getLogger(CrashPoint.class.getName());

    @Inject
    @ConfigProperty(name = "CRASH_AFTER_PREPARE", defaultValue = "none")
    String armedKind;

    @Resource(lookup = "java:appserver/TransactionManager")
    TransactionManager transactions;

    /** Call first in a transaction of the given kind ("intake", "process-now"). */
    public void enter(String kind) {
        if (!kind.equals(armedKind)) {
            return;
        }
        try {
            transactions.getTransaction().enlistResource(new Holding(kind));
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException("Crash point not armed: " + e.getMessage(), e);
        }
    }

    /** Votes yes, then holds its commit for ever. */
    private record Holding(String kind) implements XAResource {

        @Override
        public int prepare(Xid xid) {
            return XA_OK;
        }

        @Override
        public void commit(Xid xid, boolean onePhase) throws XAException {
            LOG.severe(HELD + kind);
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new XAException(XAException.XAER_RMFAIL);
            }
        }

        @Override
        public void rollback(Xid xid) {
        }

        @Override
        public void start(Xid xid, int flags) {
        }

        @Override
        public void end(Xid xid, int flags) {
        }

        @Override
        public void forget(Xid xid) {
        }

        @Override
        public Xid[] recover(int flag) {
            return new Xid[0];
        }

        @Override
        public boolean isSameRM(XAResource other) {
            return other == this;
        }

        @Override
        public int getTransactionTimeout() {
            return 0;
        }

        @Override
        public boolean setTransactionTimeout(int seconds) {
            return false;
        }
    }
}
