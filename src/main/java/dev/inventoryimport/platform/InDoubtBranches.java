package dev.inventoryimport.platform;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.transaction.xa.Xid;

/**
 * Decides which prepared ("in-doubt") transaction branches found in the database to roll back.
 *
 * <p>Why: the data sources are defined by the application, and Payara's transaction recovery runs
 * before applications deploy, so it never asks this database about branches a crash (kill -9) or a
 * lost connection left prepared. Such a branch holds its row locks for ever. Rolling it back is
 * safe here: only intake and "Process now" commit in two phases (database and broker), a push is
 * acknowledged only after its whole commit, so a branch still in doubt was never acknowledged
 * (its request row, if it had one, is simply not there; a trigger without a row is dropped).
 *
 * <p>A branch is rolled back only once it has been seen in doubt for the whole grace period: a live
 * instance keeps a branch prepared for milliseconds, never that long. Only branches of Payara's
 * transaction manager (its XA format id) are touched.
 */
public final class InDoubtBranches {

    /** The XA format id of Payara's (GlassFish JTS) transaction manager. */
    static final int PAYARA_FORMAT_ID = 4871251;

    private final Duration grace;
    private final Map<String, Long> firstSeenNanos = new HashMap<>();

    public InDoubtBranches(Duration grace) {
        this.grace = grace;
    }

    /**
     * @param inDoubt the branches the database reports prepared now
     * @param nowNanos a monotonic clock reading
     * @return those to roll back now
     */
    public List<Xid> stale(List<Xid> inDoubt, long nowNanos) {
        Set<String> present = inDoubt.stream().map(InDoubtBranches::key).collect(Collectors.toSet());
        firstSeenNanos.keySet().retainAll(present);
        return inDoubt.stream()
                .filter(x -> x.getFormatId() == PAYARA_FORMAT_ID)
                .filter(x -> nowNanos - firstSeenNanos.computeIfAbsent(key(x), k -> nowNanos) >= grace.toNanos())
                .toList();
    }

    public void rolledBack(Xid xid) {
        firstSeenNanos.remove(key(xid));
    }

    static String key(Xid xid) {
        HexFormat hex = HexFormat.of();
        return xid.getFormatId() + ":" + hex.formatHex(xid.getGlobalTransactionId()) + ":"
                + hex.formatHex(xid.getBranchQualifier());
    }
}
