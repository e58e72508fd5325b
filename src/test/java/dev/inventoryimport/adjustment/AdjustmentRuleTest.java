package dev.inventoryimport.adjustment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.inventoryimport.imports.ImportPlan;
import dev.inventoryimport.imports.ImportRules;
import dev.inventoryimport.imports.LineDecision;
import dev.inventoryimport.requests.PushLine;
import dev.inventoryimport.settings.AdjustmentMode;
import dev.inventoryimport.settings.AdjustmentSettings;
import dev.inventoryimport.settings.ImportPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdjustmentRuleTest {

    private static final LocalDateTime COUNTED_UP_TO = LocalDateTime.parse("2024-02-16T10:00:00");

    /** Orders (already filtered by status, virtual flag and age): 3 not exported, 4 exported before, 5 after the cut. */
    private static final Demand DEMAND = new Demand(List.of(
            new Demand.OrderUnits(null, new BigDecimal("3")),
            new Demand.OrderUnits(COUNTED_UP_TO.minusMinutes(5), new BigDecimal("4")),
            new Demand.OrderUnits(COUNTED_UP_TO.plusMinutes(5), new BigDecimal("5"))),
            new BigDecimal("2"));

    @ParameterizedTest(name = "{0}, lastOrderExported {1}: orders {2}, quotes {3}, set {4}")
    @CsvSource(nullValues = "-", value = {
            "no,                       2024-02-16T10:00:00, 0, 0, 90",
            "unsent_orders,            2024-02-16T10:00:00, 8, 0, 82",
            "unsent_orders_and_quotes, 2024-02-16T10:00:00, 8, 2, 80",
            "unsent_orders,            -,                   3, 0, 87",
            "unsent_orders_and_quotes, -,                   3, 2, 85"})
    void eachModeTakesOffWhatOrderFlowHadNotCounted(String mode, String lastExported, int orders, int quotes, int set) {
        AdjustmentRule.Adjusted a = AdjustmentRule.adjust(AdjustmentMode.parse(mode), new BigDecimal("90"),
                lastExported == null ? null : LocalDateTime.parse(lastExported), DEMAND);
        assertEquals(orders, a.unsentOrderUnits().intValueExact());
        assertEquals(quotes, a.activeQuoteUnits().intValueExact());
        assertEquals(set, a.quantity().intValueExact());
    }

    @Test
    void belowZeroIsLeftToThePolicy() {
        AdjustmentRule.Adjusted a = AdjustmentRule.adjust(AdjustmentMode.UNSENT_ORDERS_AND_QUOTES, new BigDecimal("4"),
                null, DEMAND);
        assertEquals(-1, a.quantity().intValueExact());
    }

    private static AdjustmentSettings settings(AdjustmentMode mode) {
        return new AdjustmentSettings(mode, List.of("pending", "processing"), 1, 1, "default", false, ZoneId.of("UTC"));
    }

    @Test
    void importLinesOfTheAdjustmentSourceAreAdjustedAndClamped() {
        Adjustments adjustments = new Adjustments(settings(AdjustmentMode.UNSENT_ORDERS_AND_QUOTES),
                Map.of("24-MB01", new Demand(List.of(new Demand.OrderUnits(null, new BigDecimal("3"))), new BigDecimal("2")),
                        "LOW", new Demand(List.of(new Demand.OrderUnits(null, new BigDecimal("9"))), BigDecimal.ZERO)));
        ImportPlan plan = ImportRules.decide(List.of(
                new PushLine(null, "24-MB01", "90", "10", "2024-02-16 10:00:00"),
                new PushLine("eu-west", "24-MB01", "90", "10", null),
                new PushLine(null, "LOW", "4", "1", null),
                new PushLine(null, "QUIET", "7", "1", null)), Map.of(), ImportPolicy.DEFAULT, adjustments);

        LineDecision mb01 = plan.lines().get(0);
        assertEquals(new BigDecimal("85.0000"), mb01.qtySet());
        assertEquals(3, mb01.unsentOrderUnits().intValueExact());
        assertEquals(2, mb01.activeQuoteUnits().intValueExact());
        assertEquals("Stock quantity of SKU 24-MB01 set to 85 (received 90, less 3 on unsent orders, less 2 in active carts)",
                mb01.message());

        LineDecision otherSource = plan.lines().get(1);
        assertEquals(new BigDecimal("90.0000"), otherSource.qtySet(), "orders are never subtracted twice");
        assertNull(otherSource.unsentOrderUnits());

        assertEquals(0, plan.lines().get(2).qtySet().signum(), "4 - 9 is stored as 0");
        assertEquals(0, plan.lines().get(3).unsentOrderUnits().signum(), "adjusted, nothing to take off");
        assertEquals(new BigDecimal("7.0000"), plan.lines().get(3).qtySet());
    }

    @Test
    void negativesAreKeptWhenAllowed() {
        Adjustments adjustments = new Adjustments(settings(AdjustmentMode.UNSENT_ORDERS),
                Map.of("LOW", new Demand(List.of(new Demand.OrderUnits(null, new BigDecimal("9"))), BigDecimal.ZERO)));
        ImportPlan plan = ImportRules.decide(List.of(new PushLine(null, "LOW", "4", "1", null)), Map.of(),
                new ImportPolicy(true, true), adjustments);
        assertEquals(new BigDecimal("-5.0000"), plan.lines().get(0).qtySet());
    }

    @Test
    void storeTimeReadsZonelessTimesInTheStoreZone() {
        ZoneId london = ZoneId.of("Europe/London");
        assertEquals(LocalDateTime.parse("2024-07-01T09:00:00"), StoreTime.toUtc("2024-07-01 10:00:00", london));
        assertEquals(LocalDateTime.parse("2024-07-01T10:00:00"), StoreTime.toUtc("2024-07-01T10:00:00Z", london));
        assertEquals(LocalDateTime.parse("2024-07-01T08:00:00.5"), StoreTime.toUtc("2024-07-01T10:00:00.5+02:00", london));
        assertNull(StoreTime.toUtcOrNull("yesterday", london));
    }
}
