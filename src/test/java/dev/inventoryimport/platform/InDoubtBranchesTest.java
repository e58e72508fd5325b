package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import javax.transaction.xa.Xid;

import org.junit.jupiter.api.Test;

class InDoubtBranchesTest {

    private static final long SECOND = 1_000_000_000L;

    private record TestXid(int getFormatId, byte[] getGlobalTransactionId, byte[] getBranchQualifier) implements Xid {
    }

    private static Xid xid(int format, int id) {
        return new TestXid(format, new byte[] {(byte) id}, new byte[] {1});
    }

    private final InDoubtBranches branches = new InDoubtBranches(Duration.ofSeconds(60));

    @Test
    void aBranchIsRolledBackOnlyAfterBeingInDoubtForTheWholeGracePeriod() {
        Xid a = xid(InDoubtBranches.PAYARA_FORMAT_ID, 1);
        assertEquals(List.of(), branches.stale(List.of(a), 0));
        assertEquals(List.of(), branches.stale(List.of(a), 59 * SECOND));
        assertEquals(List.of(a), branches.stale(List.of(a), 60 * SECOND));
    }

    @Test
    void aBranchThatWasResolvedMeanwhileStartsOverIfSeenAgain() {
        Xid a = xid(InDoubtBranches.PAYARA_FORMAT_ID, 1);
        branches.stale(List.of(a), 0);
        branches.stale(List.of(), 30 * SECOND); // committed by its instance meanwhile
        assertEquals(List.of(), branches.stale(List.of(a), 70 * SECOND));
        assertEquals(List.of(a), branches.stale(List.of(a), 130 * SECOND));
    }

    @Test
    void branchesOfOtherTransactionManagersAreNeverTouched() {
        Xid foreign = xid(1, 2);
        branches.stale(List.of(foreign), 0);
        assertEquals(List.of(), branches.stale(List.of(foreign), 3600 * SECOND));
    }
}
