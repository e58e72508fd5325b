package dev.inventoryimport.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LineTextTest {

    private static final BigDecimal NINETY = new BigDecimal("90.0000");

    private static String success(String source, BigDecimal received, BigDecimal set, BigDecimal unsent,
                                  BigDecimal quotes) {
        return LineText.of(LineResult.SUCCESS, source, "24-MB01", 11L, received, set, unsent, quotes, null);
    }

    @Test
    void aSuccessSaysTheFigureSetAsStored() {
        assertEquals("Stock quantity of SKU 24-MB01 set to 90", success("default", NINETY, NINETY, null, null));
        assertEquals("Stock quantity of SKU 24-MB01 set to 2.5 at source eu",
                success("eu", new BigDecimal("2.5000"), new BigDecimal("2.5000"), null, null));
    }

    @Test
    void aSuccessSaysWhyTheFigureSetIsNotTheOneReceived() {
        assertEquals("Stock quantity of SKU 24-MB01 set to 0 (received -4)",
                success("default", new BigDecimal("-4.0000"), new BigDecimal("0.0000"), null, null));
        assertEquals("Stock quantity of SKU 24-MB01 set to 85 (received 90, less 3 on unsent orders, less 2 in active carts)",
                success("default", NINETY, new BigDecimal("85.0000"), new BigDecimal("3.0000"), new BigDecimal("2.0000")));
        assertEquals("Stock quantity of SKU 24-MB01 set to 87 (received 90, less 3 on unsent orders)",
                success("default", NINETY, new BigDecimal("87.0000"), new BigDecimal("3.0000"), BigDecimal.ZERO));
        assertEquals("Stock quantity of SKU 24-MB01 set to 90", success("default", NINETY, NINETY, BigDecimal.ZERO,
                BigDecimal.ZERO), "adjusted by nothing says nothing more");
    }

    @Test
    void aDuplicateNamesItsSequenceId() {
        assertEquals("Duplicate: sequence id 10 of SKU 24-MB01 was already applied",
                LineText.of(LineResult.DUPLICATE, "default", "24-MB01", 10L, NINETY, null, null, null, null));
    }

    @Test
    void aStoredTextIsReadAsStored() {
        assertEquals("Unknown SKU X (creating unknown SKUs is off)", LineText.of(LineResult.FAILURE, "default", "X", 1L,
                NINETY, null, null, null, "Unknown SKU X (creating unknown SKUs is off)"));
        assertEquals("Stock quantity of SKU 24-MB01 set to 90", LineText.of(LineResult.SUCCESS, "default", "24-MB01",
                11L, NINETY, NINETY, null, null, "Stock quantity of SKU 24-MB01 set to 90"),
                "a line stored by an earlier release keeps its text");
    }
}
