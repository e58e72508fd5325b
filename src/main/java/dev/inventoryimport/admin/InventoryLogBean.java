package dev.inventoryimport.admin;

import java.io.Serializable;
import java.time.LocalDateTime;

import dev.inventoryimport.admin.view.Downloads;
import dev.inventoryimport.admin.view.Grids;
import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.admin.view.LogCsv;
import dev.inventoryimport.imports.LogKind;
import dev.inventoryimport.imports.report.InventoryLog;
import dev.inventoryimport.imports.report.InventoryLogEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The inventory log: superseded lines and repeated messages, newest first, filtered, exportable as CSV. */
@Named
@ViewScoped
public class InventoryLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Filters are typed in the store's zone; the database holds UTC. */
    @Inject
    StoreTimes storeTime;

    @Inject
    InventoryLog log;

    private String sku;
    private String source;
    private Long messageId;
    private LocalDateTime from;
    private LocalDateTime to;
    private LogKind kind;
    private InventoryLog.Filter filter = InventoryLog.Filter.none();
    private LazyRows<InventoryLogEntry> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> log.count(filter),
                (ordering, page) -> log.page(filter, page),
                entry -> Long.toString(entry.id()));
    }

    public void applyFilter() {
        if (Grids.refusedRange("Logged", from, to, "log:from", "log:to")) {
            return;
        }
        Grids.firstPage(":log:grid");
        rows.filterChanged();
        filter = new InventoryLog.Filter(blankless(sku), blankless(source), messageId, storeTime.toUtc(from),
                storeTime.toUtc(to), kind);
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The entries the filter selects, as CSV. */
    public void exportCsv() {
        InventoryLog.Filter exported = filter;
        Downloads.csv("inventory-log.csv", csv -> {
            LogCsv.header(csv);
            log.forEach(exported, e -> LogCsv.row(csv, e));
        });
    }

    public void clearFilter() {
        rows.filterChanged();
        sku = source = null;
        messageId = null;
        from = to = null;
        kind = null;
        filter = InventoryLog.Filter.none();
    }

    public LogKind[] getKinds() {
        return LogKind.values();
    }

    public LazyRows<InventoryLogEntry> getRows() {
        return rows;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getMessageId() {
        return messageId;
    }

    public void setMessageId(Long messageId) {
        this.messageId = messageId;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public LogKind getKind() {
        return kind;
    }

    public void setKind(LogKind kind) {
        this.kind = kind;
    }
}
