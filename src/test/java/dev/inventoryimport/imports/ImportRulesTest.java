package dev.inventoryimport.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.inventoryimport.requests.PushLine;
import dev.inventoryimport.settings.ImportPolicy;
import dev.inventoryimport.stock.StockKey;
import dev.inventoryimport.stock.StockState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportRulesTest {

    private static final StockKey MB01 = new StockKey("24-MB01", "default");
    private static final Map<StockKey, StockState> AT_SEQ_10 = Map.of(MB01, new StockState(10L, new BigDecimal("90")));

    private static PushLine line(String sku, String qty, String seq) {
        return new PushLine(null, sku, qty, seq, null);
    }

    private static LineDecision only(ImportPlan plan) {
        assertEquals(1, plan.lines().size());
        return plan.lines().get(0);
    }

    @ParameterizedTest(name = "seq {0} against applied 10 -> {1}")
    @CsvSource({"11, SUCCESS", "10, DUPLICATE", "9, SUPERSEDED", "9223372036854775807, SUCCESS", "0, SUPERSEDED"})
    void sequenceIdDecidesAgainstTheAppliedOne(String seq, LineResult expected) {
        ImportPlan plan = ImportRules.decide(List.of(line("24-MB01", "5", seq)), AT_SEQ_10, ImportPolicy.DEFAULT);
        assertEquals(expected, only(plan).result());
        assertEquals(expected == LineResult.SUCCESS ? 1 : 0, plan.changes().size());
        assertEquals(expected == LineResult.SUCCESS ? null : 10L, only(plan).sequenceInForce(),
                "the applied sequence id a line lost to, for the inventory log");
    }

    @Test
    void successSetsTheFigureWithTheGuidesMessage() {
        LineDecision d = only(ImportRules.decide(List.of(line("24-MB01", "90", "11")), AT_SEQ_10, ImportPolicy.DEFAULT));
        assertEquals("Stock quantity of SKU 24-MB01 set to 90", d.message());
        assertNull(d.reason(), "a Success line's text follows from its figures: nothing to store");
        assertEquals(new BigDecimal("90.0000"), d.qtySet());
        assertEquals(11L, d.sequenceId());
    }

    @Test
    void supersededNamesBothSequenceIds() {
        LineDecision d = only(ImportRules.decide(List.of(line("24-MB01", "1", "9")), AT_SEQ_10, ImportPolicy.DEFAULT));
        assertEquals("Superseded: sequence id 9 of SKU 24-MB01 is older than the applied 10", d.reason());
        assertEquals(d.reason(), d.message());
        assertNull(d.qtySet());
    }

    @Test
    void duplicateNamesItsSequenceIdAndStoresNoText() {
        LineDecision d = only(ImportRules.decide(List.of(line("24-MB01", "1", "10")), AT_SEQ_10, ImportPolicy.DEFAULT));
        assertEquals("Duplicate: sequence id 10 of SKU 24-MB01 was already applied", d.message());
        assertNull(d.reason());
    }

    @Test
    void unknownSkuIsCreatedOrFailsByPolicy() {
        List<PushLine> lines = List.of(line("NEW-1", "3", "1"));
        ImportPlan created = ImportRules.decide(lines, Map.of(), ImportPolicy.DEFAULT);
        assertEquals(LineResult.SUCCESS, only(created).result());
        assertTrue(created.changes().get(0).newRow());

        ImportPlan refused = ImportRules.decide(lines, Map.of(), new ImportPolicy(false, false));
        assertEquals(LineResult.FAILURE, only(refused).result());
        assertTrue(refused.changes().isEmpty());
    }

    @Test
    void negativeFiguresStoreZeroUnlessAllowed() {
        LineDecision clamped = only(ImportRules.decide(List.of(line("NEG", "-4", "1")), Map.of(), ImportPolicy.DEFAULT));
        assertEquals(0, clamped.qtySet().signum());
        assertEquals(new BigDecimal("-4"), clamped.qtyReceived());
        assertTrue(clamped.message().contains("received -4"), clamped.message());

        ImportPlan kept = ImportRules.decide(List.of(line("NEG", "-4", "1")), Map.of(), new ImportPolicy(true, true));
        assertEquals(new BigDecimal("-4.0000"), only(kept).qtySet());
        assertFalse(kept.changes().get(0).inStock());
    }

    @Test
    void inStockOnlyAboveZero() {
        ImportPlan plan = ImportRules.decide(List.of(line("Z", "0", "1"), line("P", "0.0001", "1")), Map.of(),
                ImportPolicy.DEFAULT);
        assertFalse(plan.changes().stream().filter(c -> c.key().sku().equals("Z")).findFirst().orElseThrow().inStock());
        assertTrue(plan.changes().stream().filter(c -> c.key().sku().equals("P")).findFirst().orElseThrow().inStock());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "qty not a number | SKU-1 | abc | 1 | not a number",
            "qty exponent     | SKU-1 | 1e5 | 1 | not a number",
            "qty out of range | SKU-1 | 100000000 | 1 | out of range",
            "no qty           | SKU-1 |     | 1 | No quantity",
            "no seq           | SKU-1 | 5   |   | No sequence id",
            "seq not a number | SKU-1 | 5   | x | not a whole number",
            "seq negative     | SKU-1 | 5   | -1 | not a whole number",
            "seq overflow     | SKU-1 | 5   | 99999999999999999999 | not a whole number",
            "no sku           |       | 5   | 1 | no SKU"})
    void unreadableLinesFailAlone(String name, String sku, String qty, String seq, String reason) {
        ImportPlan plan = ImportRules.decide(List.of(line(sku, qty, seq), line("GOOD", "1", "1")), Map.of(),
                ImportPolicy.DEFAULT);
        LineDecision bad = plan.lines().get(0);
        assertEquals(LineResult.FAILURE, bad.result(), name);
        assertTrue(bad.message().contains(reason), bad.message());
        assertEquals(LineResult.SUCCESS, plan.lines().get(1).result(), "the other lines still apply");
        assertEquals(1, plan.changes().size());
    }

    @Test
    void skuLongerThan64Fails() {
        LineDecision d = only(ImportRules.decide(List.of(line("S".repeat(65), "1", "1")), Map.of(), ImportPolicy.DEFAULT));
        assertEquals(LineResult.FAILURE, d.result());
        assertTrue(ImportRules.keysOf(List.of(line("S".repeat(65), "1", "1"))).isEmpty(), "never looked up");
        assertEquals(LineResult.SUCCESS,
                only(ImportRules.decide(List.of(line("S".repeat(64), "1", "1")), Map.of(), ImportPolicy.DEFAULT)).result());
    }

    @Test
    void skusCompareExactly() {
        ImportPlan plan = ImportRules.decide(List.of(line("24-mb01", "1", "1")), AT_SEQ_10, ImportPolicy.DEFAULT);
        assertEquals(LineResult.SUCCESS, only(plan).result());
        assertTrue(plan.changes().get(0).newRow(), "a different SKU, not the upper-case one");
    }

    @Test
    void sourcesAreSeparateRowsAndBlankMeansDefault() {
        Map<StockKey, StockState> now = Map.of(new StockKey("A", "eu"), new StockState(5L, BigDecimal.ONE));
        ImportPlan plan = ImportRules.decide(List.of(new PushLine("eu", "A", "2", "5", null),
                new PushLine(" ", "A", "3", "5", null)), now, ImportPolicy.DEFAULT);
        assertEquals(LineResult.DUPLICATE, plan.lines().get(0).result());
        assertEquals(LineResult.SUCCESS, plan.lines().get(1).result());
        assertEquals("default", plan.lines().get(1).source());
    }

    @Test
    void linesOfOneMessageOnTheSameRowAreDecidedInOrder() {
        ImportPlan plan = ImportRules.decide(List.of(line("A", "1", "5"), line("A", "2", "7"), line("A", "3", "6"),
                line("A", "4", "7")), Map.of(), ImportPolicy.DEFAULT);
        assertEquals(List.of(LineResult.SUCCESS, LineResult.SUCCESS, LineResult.SUPERSEDED, LineResult.DUPLICATE),
                plan.lines().stream().map(LineDecision::result).toList());
        assertEquals(1, plan.changes().size());
        assertEquals(7L, plan.changes().get(0).sequenceId());
        assertEquals(new BigDecimal("2.0000"), plan.changes().get(0).quantity());
        assertTrue(plan.changes().get(0).newRow());
    }

    @Test
    void aResetRowAppliesAnySequenceId() {
        Map<StockKey, StockState> reset = Map.of(MB01, new StockState(null, new BigDecimal("90")));
        assertEquals(LineResult.SUCCESS,
                only(ImportRules.decide(List.of(line("24-MB01", "1", "1")), reset, ImportPolicy.DEFAULT)).result());
    }

    @Test
    void changesComeInKeyOrderSoEveryImportLocksRowsAlike() {
        ImportPlan plan = ImportRules.decide(List.of(line("C", "1", "1"), line("A", "1", "1"), line("B", "1", "1")),
                Map.of(), ImportPolicy.DEFAULT);
        assertEquals(List.of("A", "B", "C"), plan.changes().stream().map(c -> c.key().sku()).toList());
        assertEquals(3, plan.count(LineResult.SUCCESS));
    }

    @Test
    void fractionalFiguresKeepFourPlaces() {
        LineDecision d = only(ImportRules.decide(List.of(line("F", "2.123456", "1")), Map.of(), ImportPolicy.DEFAULT));
        assertEquals(new BigDecimal("2.1235"), d.qtySet());
    }
}
