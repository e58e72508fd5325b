package dev.inventoryimport.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.inventoryimport.tools.BalancedPush.Attempt;
import dev.inventoryimport.tools.PushMessage.SkuUpdate;
import dev.inventoryimport.tools.ScaleOutDatabase.ImportRow;
import dev.inventoryimport.tools.ScaleOutDatabase.RequestRow;
import dev.inventoryimport.tools.ScaleOutDatabase.Snapshot;
import dev.inventoryimport.tools.ScaleOutDatabase.StockRow;

/**
 * Judges the two-instance run from what was pushed and what the database holds: every acknowledged
 * push was processed exactly once, every stored message applied once and only once (the others of
 * its id Repeated), and every SKU at the newest figure among the messages that were stored. Stored,
 * not acknowledged: a push to the killed instance may have committed without its answer getting
 * out, and then it counts (and its re-send is the Repeated one). Plain Java, so it is tested on its own.
 *
 * @param violations one line per thing wrong; empty when the run passed
 */
record ScaleOutVerdict(Counts counts, List<String> violations) {

    /** The figures the run prints. */
    record Counts(long messages, long sent, long acknowledged, long refused, long resent, long stored,
                  long storedUnacknowledged, long processed, long repeated, long pendingOrFailed,
                  long duplicateLines, long supersededLines, long skusChecked, long skusWrong) {
    }

    private static final int MAX_LISTED = 10;
    static final String SOURCE = "default";

    static ScaleOutVerdict of(List<Attempt> attempts, Map<Long, PushMessage> messages, Snapshot db) {
        List<String> v = new ArrayList<>();
        Map<Long, RequestRow> requests = new HashMap<>();
        Map<Long, List<RequestRow>> byMessage = new HashMap<>();
        for (RequestRow r : db.requests()) {
            requests.put(r.id(), r);
            byMessage.computeIfAbsent(r.messageId(), k -> new ArrayList<>()).add(r);
        }

        long acknowledged = 0;
        for (Attempt a : attempts) {
            if (!a.acknowledged()) {
                continue;
            }
            acknowledged++;
            RequestRow r = a.requestId() == null ? null : requests.get(a.requestId());
            if (r == null) {
                add(v, "message " + a.messageId() + " acknowledged (request " + a.requestId() + ") but not stored");
            } else if (r.messageId() != a.messageId()) {
                add(v, "request " + r.id() + " acknowledged for message " + a.messageId() + " holds message " + r.messageId());
            } else if (!"PROCESSED".equals(r.status()) && !"REPEATED".equals(r.status())) {
                add(v, "acknowledged request " + r.id() + " ended " + r.status());
            }
        }

        Map<Long, List<ImportRow>> importsByMessage = new HashMap<>();
        Set<Long> importedRequests = new HashSet<>();
        for (ImportRow i : db.imports()) {
            importsByMessage.computeIfAbsent(i.messageId(), k -> new ArrayList<>()).add(i);
            if (!importedRequests.add(i.requestId())) {
                add(v, "request " + i.requestId() + " has more than one import");
            }
        }
        long processed = 0;
        long repeated = 0;
        long pendingOrFailed = 0;
        for (var e : byMessage.entrySet()) {
            long m = e.getKey();
            if (!messages.containsKey(m)) {
                add(v, "message " + m + " stored but never pushed");
            }
            List<Long> applied = new ArrayList<>();
            for (RequestRow r : e.getValue()) {
                switch (r.status()) {
                    case "PROCESSED" -> applied.add(r.id());
                    case "REPEATED" -> repeated++;
                    default -> {
                        pendingOrFailed++;
                        add(v, "request " + r.id() + " (message " + m + ") ended " + r.status());
                    }
                }
            }
            processed += applied.size();
            if (applied.size() != 1) {
                add(v, "message " + m + " applied " + applied.size() + " times (requests " + applied + ")");
            }
            List<ImportRow> imports = importsByMessage.getOrDefault(m, List.of());
            if (imports.size() != 1 || !applied.contains(imports.get(0).requestId())) {
                add(v, "message " + m + " has imports " + imports + " for its applied requests " + applied);
            }
            Long guard = db.processedMessages().get(m);
            if (guard == null || !applied.contains(guard)) {
                add(v, "message " + m + " is recorded as applied by request " + guard + ", not by " + applied);
            }
        }
        for (long m : db.processedMessages().keySet()) {
            if (!byMessage.containsKey(m)) {
                add(v, "message " + m + " recorded as applied without a stored request");
            }
        }
        for (long m : importsByMessage.keySet()) {
            if (!byMessage.containsKey(m)) {
                add(v, "message " + m + " imported without a stored request");
            }
        }
        long failureLines = db.lineResults().getOrDefault("FAILURE", 0L);
        if (failureLines > 0) {
            add(v, failureLines + " import lines are Failures (every line pushed was valid)");
        }

        long wrong = checkStock(newest(byMessage.keySet(), messages), db.stock(), v);
        Counts counts = new Counts(messages.size(), attempts.size(), acknowledged, attempts.size() - acknowledged,
                attempts.stream().filter(Attempt::resend).count(), db.requests().size(),
                db.requests().size() - acknowledged, processed, repeated, pendingOrFailed,
                db.lineResults().getOrDefault("DUPLICATE", 0L), db.lineResults().getOrDefault("SUPERSEDED", 0L),
                newest(byMessage.keySet(), messages).size(), wrong);
        return new ScaleOutVerdict(counts, List.copyOf(v));
    }

    /** Per SKU, the update with the highest sequence id among the stored messages. */
    static Map<String, SkuUpdate> newest(Set<Long> storedMessageIds, Map<Long, PushMessage> messages) {
        Map<String, SkuUpdate> newest = new HashMap<>();
        for (long id : storedMessageIds) {
            PushMessage m = messages.get(id);
            if (m == null) {
                continue; // reported as never pushed
            }
            for (SkuUpdate u : m.updates()) {
                newest.merge(u.sku(), u, (a, b) -> a.seq() >= b.seq() ? a : b);
            }
        }
        return newest;
    }

    /** Counts the SKUs not at their newest figure, stock rows nothing stored explains included. */
    private static long checkStock(Map<String, SkuUpdate> expected, List<StockRow> stock, List<String> v) {
        Map<String, StockRow> bySku = new HashMap<>();
        long wrong = 0;
        for (StockRow s : stock) {
            if (!SOURCE.equals(s.source()) || !expected.containsKey(s.sku())) {
                wrong++;
                add(v, "stock row " + s + " of no stored message");
            } else {
                bySku.put(s.sku(), s);
            }
        }
        for (SkuUpdate u : expected.values()) {
            StockRow s = bySku.get(u.sku());
            if (s == null || s.sequenceId() == null || s.sequenceId() != u.seq() || s.quantity().compareTo(u.qty()) != 0) {
                wrong++;
                add(v, "SKU " + u.sku() + " holds " + s + ", newest stored is qty " + u.qty() + " at sequence id " + u.seq());
            }
        }
        return wrong;
    }

    /** Lists the first few of a kind in full and counts the rest, so a broken run stays readable. */
    private static void add(List<String> v, String line) {
        if (v.size() < MAX_LISTED) {
            v.add(line);
        } else if (v.size() == MAX_LISTED) {
            v.add("... and more");
        }
    }

    boolean passed() {
        return violations.isEmpty();
    }
}
