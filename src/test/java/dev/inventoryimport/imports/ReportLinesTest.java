package dev.inventoryimport.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportLinesTest {

    private static ImportLine line(String text, BigDecimal unsent) {
        return new ImportLine(1, 1, "default", "A", 1L, BigDecimal.ONE, BigDecimal.ONE, unsent, null,
                text == null ? LineResult.SUCCESS : LineResult.FAILURE, text);
    }

    @Test
    void anImportsLinesLeaveOutTheColumnsNullOnAllOfThem() {
        assertEquals(ReportLines.Shape.PLAIN, ReportLines.Shape.of(List.of(line(null, null), line(null, null))));
        assertEquals(ReportLines.Shape.TEXT, ReportLines.Shape.of(List.of(line(null, null), line("No SKU", null))));
        assertEquals(ReportLines.Shape.ADJUSTED, ReportLines.Shape.of(List.of(line(null, BigDecimal.ONE), line(null, null))));
        assertEquals(ReportLines.Shape.TEXT_ADJUSTED,
                ReportLines.Shape.of(List.of(line(null, BigDecimal.ONE), line("No SKU", null))));
    }
}
