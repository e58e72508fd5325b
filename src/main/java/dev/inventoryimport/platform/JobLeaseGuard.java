package dev.inventoryimport.platform;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Lets a scheduled job run on one instance at a time: a job asks {@link #mayRun} at the top of each
 * run and skips the run when another instance holds its lease ({@link JobLeases} decides; this is
 * the container's side of it). This instance's holder id is made at start, host name and random,
 * so a restarted instance is a new holder. Jobs name this bean in {@code @DependsOn}, so on an
 * orderly shutdown they stop first and then every lease is released for another instance to take
 * at its next run; after a crash the leases expire instead.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLeaseGuard {

    private static final Logger LOG = Logger.getLogger(JobLeaseGuard.class.getName());

    @Resource(lookup = DataSources.NON_TRANSACTIONAL)
    DataSource dataSource;

    private JobLeases leases;

    @PostConstruct
    void start() {
        leases = new JobLeases(new JdbcLeaseStore(dataSource), holderId(hostName()));
        LOG.info(() -> "Scheduled jobs run under leases; this instance is " + leases.holder());
    }

    /**
     * Whether this instance runs the job now: true when it holds (acquired, renewed or took over)
     * the job's lease, which lasts a few of the job's intervals. Never throws.
     */
    public boolean mayRun(String job, Duration interval) {
        JobLeases.Attempt attempt = leases.acquire(job, JobLeases.lengthFor(interval));
        LOG.log(attempt.level(), attempt::message);
        return attempt.held();
    }

    /** Ends this instance's leases as it stops, so another instance takes the jobs over at once. */
    @PreDestroy
    void release() {
        try {
            int released = new JdbcLeaseStore(dataSource).releaseAll(leases.holder());
            LOG.info(() -> "Released " + released + " job lease(s) of " + leases.holder() + " for other instances");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Job leases not released (they expire instead): " + e.getMessage());
        }
    }

    /** {@code <host>-<8 random hex digits>}, at most 128 characters. */
    static String holderId(String host) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String h = host == null || host.isBlank() ? "instance" : host;
        return (h.length() > 110 ? h.substring(0, 110) : h) + "-" + HexFormat.of().formatHex(random);
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
