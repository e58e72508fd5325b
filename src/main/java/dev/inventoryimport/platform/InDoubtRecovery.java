package dev.inventoryimport.platform;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.XAConnection;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code SWEEP_INTERVAL_SECONDS}, asks the database for prepared transaction branches and
 * rolls back those in doubt for longer than {@code IN_DOUBT_ROLLBACK_SECONDS} (0: never), as
 * {@link InDoubtBranches} explains. Uses a connection of its own, outside the pools.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "JobLeaseGuard"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InDoubtRecovery {

    private static final Logger LOG = Logger.getLogger(InDoubtRecovery.class.getName());

    @Inject
    @ConfigProperty(name = "SWEEP_INTERVAL_SECONDS")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "IN_DOUBT_ROLLBACK_SECONDS")
    int rollbackAfterSeconds;

    @Resource
    TimerService timers;

    @Inject
    JobLeaseGuard leases;

    private InDoubtBranches branches;

    @PostConstruct
    void schedule() {
        if (rollbackAfterSeconds <= 0) {
            return;
        }
        branches = new InDoubtBranches(Duration.ofSeconds(rollbackAfterSeconds));
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(0, interval, new TimerConfig("in-doubt-recovery", false));
    }

    @Timeout
    public void scan() {
        if (!leases.mayRun("in-doubt-recovery", Duration.ofSeconds(intervalSeconds))) {
            return; // another instance recovers: XA RECOVER lists every instance's branches
        }
        XAConnection connection = null;
        try {
            connection = new ConfiguredXADataSource().getXAConnection();
            XAResource xa = connection.getXAResource();
            List<Xid> stale = branches.stale(List.of(xa.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN)),
                    System.nanoTime());
            for (Xid xid : stale) {
                xa.rollback(xid);
                branches.rolledBack(xid);
                LOG.warning(() -> "Rolled back a transaction branch left in doubt for over " + rollbackAfterSeconds
                        + " s (by a crash or a lost connection; never acknowledged): " + InDoubtBranches.key(xid));
            }
        } catch (XAException | java.sql.SQLException | RuntimeException e) {
            // The database may be away: the next scan tries again. Nothing may escape a timeout method.
            LOG.log(Level.FINE, "In-doubt scan skipped", e);
        } finally {
            if (connection != null) {
                try {
                    connection.close();
                } catch (java.sql.SQLException ignored) {
                    // closing a connection to a database that went away
                }
            }
        }
    }
}
