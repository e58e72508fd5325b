package dev.inventoryimport.admin.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 4180 CSV. Text cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) get a leading apostrophe: pushed SKUs and messages are
 * untrusted input and an export is opened in spreadsheets.
 */
public final class Csv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Writer out;
    private boolean lineStarted;

    public Csv(Writer out) {
        this.out = out;
    }

    public Csv text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return cell(v);
    }

    public Csv number(long value) {
        return cell(Long.toString(value));
    }

    public Csv number(Long value) {
        return cell(value == null ? "" : value.toString());
    }

    public Csv number(BigDecimal value) {
        return cell(value == null ? "" : value.stripTrailingZeros().toPlainString());
    }

    public Csv time(LocalDateTime value) {
        return cell(value == null ? "" : TIME.format(value));
    }

    public Csv row(String... headings) {
        for (String h : headings) {
            text(h);
        }
        return end();
    }

    public Csv end() {
        write("\r\n");
        lineStarted = false;
        return this;
    }

    private Csv cell(String v) {
        if (lineStarted) {
            write(",");
        }
        lineStarted = true;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith(" ") || v.endsWith(" ")) {
            write("\"" + v.replace("\"", "\"\"") + "\"");
        } else {
            write(v);
        }
        return this;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("CSV output interrupted", e);
        }
    }
}
