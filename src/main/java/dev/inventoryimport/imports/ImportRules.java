package dev.inventoryimport.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.inventoryimport.adjustment.AdjustmentRule;
import dev.inventoryimport.adjustment.Adjustments;
import dev.inventoryimport.requests.PushLine;
import dev.inventoryimport.settings.ImportPolicy;
import dev.inventoryimport.stock.Quantities;
import dev.inventoryimport.stock.StockKey;
import dev.inventoryimport.stock.StockState;

/**
 * The rules of the guide, per line, against the newest sequence id applied for that SKU and source:
 * greater applies the figure, equal is a Duplicate, smaller is Superseded (a stale update), and a
 * line that cannot be read is a Failure without stopping the others. Lines of one message that hit
 * the same row are decided in order, each against the state the previous one left.
 */
public final class ImportRules {

    public static final int MAX_SKU_LENGTH = 64;
    public static final int MAX_SOURCE_LENGTH = 64;
    /** A plain decimal: no exponent forms. Compiled once: {@code String.matches} compiles per call. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\+?\\d{1,19}");
    /** DECIMAL(12,4), as Magento stores quantities. */
    private static final BigDecimal QTY_LIMIT = new BigDecimal("100000000");

    private ImportRules() {
    }

    public static ImportPlan decide(List<PushLine> lines, Map<StockKey, StockState> current, ImportPolicy policy) {
        return decide(lines, current, policy, Adjustments.NONE);
    }

    /** As above, with Adjust Inventory: a line being applied sets its adjusted figure. */
    public static ImportPlan decide(List<PushLine> lines, Map<StockKey, StockState> current, ImportPolicy policy,
                                    Adjustments adjustments) {
        Map<StockKey, StockState> state = new HashMap<>(current);
        Map<StockKey, StockChange> changes = new TreeMap<>();
        List<LineDecision> decisions = new ArrayList<>(lines.size());
        int lineNo = 0;
        for (PushLine raw : lines) {
            lineNo++;
            LineDecision d = decide(lineNo, raw, state, policy, adjustments);
            if (d.result() == LineResult.SUCCESS) {
                StockKey key = new StockKey(d.sku(), d.source());
                boolean newRow = !current.containsKey(key);
                changes.put(key, new StockChange(key, d.sequenceId(), d.qtySet(), d.qtySet().signum() > 0, newRow));
                state.put(key, new StockState(d.sequenceId(), d.qtySet()));
            }
            decisions.add(d);
        }
        return new ImportPlan(decisions, new ArrayList<>(changes.values()));
    }

    /** Keys of the rows a message may touch: what the import loads in one query. */
    public static List<StockKey> keysOf(List<PushLine> lines) {
        List<StockKey> keys = new ArrayList<>();
        for (PushLine l : lines) {
            if (l.sku() != null && !l.sku().isBlank() && l.sku().length() <= MAX_SKU_LENGTH) {
                keys.add(new StockKey(l.sku(), sourceOf(l)));
            }
        }
        return keys;
    }

    private static LineDecision decide(int lineNo, PushLine raw, Map<StockKey, StockState> state, ImportPolicy policy,
                                       Adjustments adjustments) {
        String source = sourceOf(raw);
        String sku = raw.sku();
        BigDecimal qty = number(raw.quantity());
        Long seq = sequence(raw.sequenceId());
        String unreadable = unreadable(raw, source, qty, seq);
        if (unreadable != null) {
            return LineDecision.failure(lineNo, source, sku, seq, qty, unreadable);
        }
        StockKey key = new StockKey(sku, source);
        StockState now = state.get(key);
        if (now == null && !policy.createUnknownSkus()) {
            return LineDecision.failure(lineNo, source, sku, seq, qty, "Unknown SKU " + sku
                    + " (creating unknown SKUs is off)");
        }
        if (now != null && now.sequenceId() != null) {
            int cmp = Long.compare(seq, now.sequenceId());
            if (cmp == 0) {
                return LineDecision.duplicate(lineNo, source, sku, seq, qty);
            }
            if (cmp < 0) {
                return LineDecision.superseded(lineNo, source, sku, seq, qty, now.sequenceId());
            }
        }
        AdjustmentRule.Adjusted adjusted = adjustments.forLine(source, sku, qty, raw.lastOrderExported());
        BigDecimal target = adjusted == null ? qty : adjusted.quantity();
        BigDecimal set = (target.signum() < 0 && !policy.allowNegativeQuantities() ? BigDecimal.ZERO : target)
                .setScale(4, RoundingMode.HALF_UP);
        return new LineDecision(lineNo, source, sku, seq, qty, set,
                adjusted == null ? null : adjusted.unsentOrderUnits(),
                adjusted == null ? null : adjusted.activeQuoteUnits(), LineResult.SUCCESS, null, null);
    }

    /** Why a line cannot be applied at all, or {@code null} when it can be decided. */
    private static String unreadable(PushLine raw, String source, BigDecimal qty, Long seq) {
        String sku = raw.sku();
        if (sku == null || sku.isBlank()) {
            return "Line has no SKU";
        }
        if (sku.length() > MAX_SKU_LENGTH) {
            return "SKU is longer than " + MAX_SKU_LENGTH + " characters";
        }
        if (source.length() > MAX_SOURCE_LENGTH) {
            return "Source of SKU " + sku + " is longer than " + MAX_SOURCE_LENGTH + " characters";
        }
        if (raw.quantity() == null || raw.quantity().isBlank()) {
            return "No quantity for SKU " + sku;
        }
        if (qty == null) {
            return "Quantity '" + clip(raw.quantity()) + "' of SKU " + sku + " is not a number";
        }
        if (qty.abs().compareTo(QTY_LIMIT) >= 0) {
            return "Quantity " + Quantities.text(qty) + " of SKU " + sku + " is out of range";
        }
        if (raw.sequenceId() == null || raw.sequenceId().isBlank()) {
            return "No sequence id for SKU " + sku;
        }
        if (seq == null) {
            return "Sequence id '" + clip(raw.sequenceId()) + "' of SKU " + sku + " is not a whole number";
        }
        return null;
    }

    static String sourceOf(PushLine line) {
        return line.source() == null || line.source().isBlank() ? StockKey.DEFAULT_SOURCE : line.source().trim();
    }

    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        // Refuse exponent forms and over-long digit strings: a figure is a plain decimal.
        if (t.isEmpty() || t.length() > 40 || !DECIMAL.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t);
    }

    private static Long sequence(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            return null;
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException overflow) {
            return null;
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
