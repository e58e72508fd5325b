package dev.inventoryimport.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.inventoryimport.tools.BalancedPush.Attempt;
import dev.inventoryimport.tools.PushMessage.SkuUpdate;
import dev.inventoryimport.tools.ScaleOutDatabase.ImportRow;
import dev.inventoryimport.tools.ScaleOutDatabase.RequestRow;
import dev.inventoryimport.tools.ScaleOutDatabase.Snapshot;
import dev.inventoryimport.tools.ScaleOutDatabase.StockRow;
import org.junit.jupiter.api.Test;

/**
 * The two-instance run's verdict on hand-made databases: a run as it should end passes, and each
 * way of losing or doubling a message, or of leaving a SKU behind, is caught.
 */
class ScaleOutVerdictTest {

    // Message 1 sets A to 5 (seq 10) and B to 7 (seq 11); message 2 sets A to 9 (seq 12).
    private final Map<Long, PushMessage> messages = Map.of(
            1L, new PushMessage(1, List.of(new SkuUpdate("A", BigDecimal.valueOf(5), 10),
                    new SkuUpdate("B", BigDecimal.valueOf(7), 11))),
            2L, new PushMessage(2, List.of(new SkuUpdate("A", BigDecimal.valueOf(9), 12))));

    /**
     * Message 1 acknowledged (request 1) and repeated (request 3, acknowledged); message 2 sent to
     * the killed instance, stored there without an answer (request 2), re-sent and acknowledged
     * (request 4): requests 2 and 1 applied, 3 and 4 Repeated.
     */
    private final List<Attempt> attempts = List.of(
            new Attempt(1, 0, 200, 1L, false, false),
            new Attempt(2, 1, -1, null, false, false),
            new Attempt(2, 0, 200, 4L, false, true),
            new Attempt(1, 0, 200, 3L, true, false));

    private List<RequestRow> requests() {
        return new ArrayList<>(List.of(new RequestRow(1, 1, "PROCESSED"), new RequestRow(2, 2, "PROCESSED"),
                new RequestRow(3, 1, "REPEATED"), new RequestRow(4, 2, "REPEATED")));
    }

    private Map<Long, Long> guard() {
        return new HashMap<>(Map.of(1L, 1L, 2L, 2L));
    }

    private List<ImportRow> imports() {
        return new ArrayList<>(List.of(new ImportRow(1, 1), new ImportRow(2, 2)));
    }

    private List<StockRow> stock() {
        return new ArrayList<>(List.of(new StockRow("A", "default", new BigDecimal("9.0000"), 12L),
                new StockRow("B", "default", new BigDecimal("7.0000"), 11L)));
    }

    private ScaleOutVerdict verdict(List<RequestRow> requests, Map<Long, Long> guard, List<ImportRow> imports,
                                    List<StockRow> stock) {
        return ScaleOutVerdict.of(attempts, messages, new Snapshot(requests, guard, imports, stock,
                Map.of("SUCCESS", 3L)));
    }

    @Test
    void aRunThatEndedRightPassesWithItsCounts() {
        ScaleOutVerdict v = verdict(requests(), guard(), imports(), stock());
        assertEquals(List.of(), v.violations());
        ScaleOutVerdict.Counts c = v.counts();
        assertEquals(4, c.sent());
        assertEquals(3, c.acknowledged());
        assertEquals(1, c.refused());
        assertEquals(1, c.resent());
        assertEquals(1, c.storedUnacknowledged());
        assertEquals(2, c.processed());
        assertEquals(2, c.repeated());
        assertEquals(2, c.skusChecked());
    }

    @Test
    void aMessageAppliedTwiceIsCaught() {
        List<RequestRow> requests = requests();
        requests.set(2, new RequestRow(3, 1, "PROCESSED"));
        List<ImportRow> imports = imports();
        imports.add(new ImportRow(3, 1));
        ScaleOutVerdict v = verdict(requests, guard(), imports, stock());
        assertTrue(v.violations().stream().anyMatch(l -> l.contains("message 1 applied 2 times")), v.violations()::toString);
    }

    @Test
    void anAcknowledgedRequestLeftPendingOrMissingIsCaught() {
        List<RequestRow> requests = requests();
        requests.set(2, new RequestRow(3, 1, "PENDING"));
        requests.remove(3);
        ScaleOutVerdict v = verdict(requests, guard(), imports(), stock());
        assertTrue(v.violations().contains("acknowledged request 3 ended PENDING"), v.violations()::toString);
        assertTrue(v.violations().stream().anyMatch(l -> l.contains("(request 4) but not stored")), v.violations()::toString);
        assertEquals(1, v.counts().pendingOrFailed());
    }

    @Test
    void aStoredButUnacknowledgedMessageStillSetsTheNewestFigure() {
        // Message 2 was stored by the killed instance: A must hold its 9, not message 1's 5.
        List<StockRow> stock = stock();
        stock.set(0, new StockRow("A", "default", new BigDecimal("5"), 10L));
        ScaleOutVerdict v = verdict(requests(), guard(), imports(), stock);
        assertEquals(1, v.counts().skusWrong());
        assertTrue(v.violations().stream().anyMatch(l -> l.startsWith("SKU A holds")), v.violations()::toString);
    }

    @Test
    void anImportWithoutItsGuardRowOrAnExtraStockRowIsCaught() {
        Map<Long, Long> guard = guard();
        guard.put(2L, 4L);
        List<StockRow> stock = stock();
        stock.add(new StockRow("C", "default", BigDecimal.ONE, 1L));
        ScaleOutVerdict v = verdict(requests(), guard, imports(), stock);
        assertTrue(v.violations().stream().anyMatch(l -> l.contains("recorded as applied by request 4")), v.violations()::toString);
        assertEquals(1, v.counts().skusWrong());
    }
}
