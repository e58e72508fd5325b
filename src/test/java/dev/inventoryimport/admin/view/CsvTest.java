package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class CsvTest {

    private final StringWriter out = new StringWriter();
    private final Csv csv = new Csv(out);

    @Test
    void quotesWhatNeedsQuotingAndEndsLinesWithCrLf() {
        csv.row("Import ID", "Message").text("plain").text("a,b").text("say \"hi\"").text("two\nlines").end();
        assertEquals("Import ID,Message\r\nplain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", out.toString());
    }

    @Test
    void neutralisesSpreadsheetFormulasInTextButNotInNumbers() {
        csv.text("=HYPERLINK(\"x\")").text("+1").text("-2").text("@SUM(A1)").number(new BigDecimal("-3.5000"))
                .number(-4L).end();
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),-3.5,-4\r\n", out.toString());
    }

    @Test
    void emptyCellsForNullsAndTimesToTheMillisecondInUtcWithTheOffset() {
        csv.text(null).number((Long) null).number((BigDecimal) null).time(null)
                .time(LocalDateTime.of(2024, 2, 16, 10, 0, 0, 123_456_789)).end();
        assertEquals(",,,,2024-02-16T10:00:00.123Z\r\n", out.toString());
    }
}
