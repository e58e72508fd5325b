package dev.inventoryimport.imports;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One line of an import report. Keyed by (import, line number): no id allocation per line. */
@Entity
@Table(name = "import_line")
@IdClass(ImportLine.Key.class)
public class ImportLine {

    private static final int MAX_SKU = 255;
    private static final int MAX_MESSAGE = 1024;

    @Id
    @Column(name = "import_id")
    private long importId;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "sku")
    private String sku;

    @Column(name = "sequence_id")
    private Long sequenceId;

    @Column(name = "qty_received", precision = 12, scale = 4)
    private BigDecimal qtyReceived;

    @Column(name = "qty_set", precision = 12, scale = 4)
    private BigDecimal qtySet;

    @Column(name = "units_unsent_orders", precision = 12, scale = 4)
    private BigDecimal unsentOrderUnits;

    @Column(name = "units_active_quotes", precision = 12, scale = 4)
    private BigDecimal activeQuoteUnits;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    private LineResult result;

    @Column(name = "message", nullable = false)
    private String message;

    protected ImportLine() {
    }

    ImportLine(long importId, LineDecision d) {
        this.importId = importId;
        this.lineNo = d.lineNo();
        this.source = clip(d.source(), 64);
        this.sku = d.sku() == null ? null : clip(d.sku(), MAX_SKU);
        this.sequenceId = d.sequenceId();
        // A received figure outside DECIMAL(12,4) is a Failure line; its text is in the message.
        this.qtyReceived = d.qtyReceived() != null && d.qtyReceived().abs().compareTo(new BigDecimal("100000000")) < 0
                ? d.qtyReceived().setScale(4, java.math.RoundingMode.HALF_UP) : null;
        this.qtySet = d.qtySet();
        this.unsentOrderUnits = d.unsentOrderUnits();
        this.activeQuoteUnits = d.activeQuoteUnits();
        this.result = d.result();
        this.message = clip(d.message(), MAX_MESSAGE);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public long importId() {
        return importId;
    }

    public int lineNo() {
        return lineNo;
    }

    public String source() {
        return source;
    }

    public String sku() {
        return sku;
    }

    public Long sequenceId() {
        return sequenceId;
    }

    public BigDecimal qtyReceived() {
        return qtyReceived;
    }

    public BigDecimal qtySet() {
        return qtySet;
    }

    public BigDecimal unsentOrderUnits() {
        return unsentOrderUnits;
    }

    public BigDecimal activeQuoteUnits() {
        return activeQuoteUnits;
    }

    public LineResult result() {
        return result;
    }

    public String message() {
        return message;
    }

    /** JPA primary-key class. */
    public static class Key implements Serializable {
        private long importId;
        private int lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && importId == k.importId && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, lineNo);
        }
    }
}
