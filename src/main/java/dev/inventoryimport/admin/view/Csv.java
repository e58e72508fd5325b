package dev.inventoryimport.admin.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 4180 CSV. Text cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) get a leading apostrophe: pushed SKUs and messages are
 * untrusted input and an export is opened in spreadsheets.
 */
public final class Csv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

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

    /**
     * A stored (UTC) time as ISO-8601 with its offset, {@code 2024-02-16T10:00:00.123Z}: exports stay
     * in UTC whatever zone the console shows, and say so in every cell.
     */
    public Csv time(LocalDateTime utc) {
        return cell(utc == null ? "" : TIME.format(utc.atOffset(ZoneOffset.UTC)));
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
