package dev.inventoryimport.admin;

import java.io.Serializable;
import java.time.LocalDateTime;

import dev.inventoryimport.admin.view.Grids;
import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.imports.InventoryLog;
import dev.inventoryimport.imports.InventoryLogEntry;
import dev.inventoryimport.imports.LogKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The inventory log: superseded lines and repeated messages, newest first. */
@Named
@ViewScoped
public class InventoryLogBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InventoryLog log;

    private String sku;
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
        filter = new InventoryLog.Filter(sku == null || sku.isBlank() ? null : sku.strip(), from, to, kind);
    }

    public void clearFilter() {
        rows.filterChanged();
        sku = null;
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
