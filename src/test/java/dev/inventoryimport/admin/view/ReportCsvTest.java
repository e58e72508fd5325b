package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;

import dev.inventoryimport.imports.LineResult;
import dev.inventoryimport.imports.report.ImportSearch;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    private static final ImportSearch.Line LINE = new ImportSearch.Line(7, 1, "default", "24-MB01", 10L,
            new BigDecimal("90.0000"), new BigDecimal("85.0000"), LineResult.SUCCESS, "Stock quantity of SKU 24-MB01 set to 85");

    @Test
    void anAdjustedImportShowsWhatWasTakenOffBetweenReceivedAndSet() {
        String csv = write(new ReportCsv(true), new ImportSearch.ReportLine(LINE, new BigDecimal("3.0000"),
                new BigDecimal("2.0000")));
        assertEquals("Line,Source,SKU,Sequence ID,Qty received,Units on unsent orders,Units in carts,Qty set,Result,Message\r\n"
                + "1,default,24-MB01,10,90,3,2,85,Success,Stock quantity of SKU 24-MB01 set to 85\r\n", csv);
    }

    @Test
    void aLineNotAdjustedInAnAdjustedImportLeavesItsCellsEmpty() {
        String csv = write(new ReportCsv(true), new ImportSearch.ReportLine(LINE, null, null));
        assertEquals("1,default,24-MB01,10,90,,,85,Success,Stock quantity of SKU 24-MB01 set to 85\r\n",
                csv.substring(csv.indexOf("\r\n") + 2));
    }

    @Test
    void withoutAdjustmentTheColumnsAreLeftOut() {
        String csv = write(new ReportCsv(false), new ImportSearch.ReportLine(LINE, null, null));
        assertEquals("Line,Source,SKU,Sequence ID,Qty received,Qty set,Result,Message\r\n"
                + "1,default,24-MB01,10,90,85,Success,Stock quantity of SKU 24-MB01 set to 85\r\n", csv);
    }

    private static String write(ReportCsv columns, ImportSearch.ReportLine line) {
        StringWriter out = new StringWriter();
        Csv csv = new Csv(out);
        columns.header(csv);
        columns.row(csv, line);
        return out.toString();
    }
}
