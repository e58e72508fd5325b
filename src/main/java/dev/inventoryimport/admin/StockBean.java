package dev.inventoryimport.admin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.admin.view.Messages;
import dev.inventoryimport.imports.report.ImportSearch;
import dev.inventoryimport.stock.StockItem;
import dev.inventoryimport.stock.StockKey;
import dev.inventoryimport.stock.StockQueries;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

/**
 * Stock by SKU prefix, a SKU's history of import lines, and "reset sequence" for one row or a whole
 * source, for when OrderFlow's record ids restart after a restore.
 */
@Named
@ViewScoped
public class StockBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY = 50;

    @Inject
    StockQueries stock;

    @Inject
    ImportSearch imports;

    @Inject
    ConsoleActions actions;

    private String prefix;
    private String searched;
    private StockItem selected;
    private List<ImportSearch.HistoryLine> history = List.of();
    private String resetSource;
    private LazyRows<StockItem> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> stock.countByPrefix(searched),
                (ordering, page) -> stock.byPrefix(searched, page),
                StockBean::rowKey);
    }

    public void search() {
        searched = prefix == null || prefix.isBlank() ? null : prefix.strip();
        rows.filterChanged();
        select(null);
    }

    private void select(StockItem item) {
        selected = item;
        history = item == null ? List.of() : imports.historyOf(item.sku(), HISTORY);
    }

    public void resetSelected() {
        if (selected == null) {
            return;
        }
        int reset = actions.resetSequence(selected.key());
        Messages.info(reset == 0 ? "SKU " + selected.sku() + " has no row at source " + selected.source()
                : "Sequence of SKU " + selected.sku() + " at source " + selected.source()
                + " reset: the next push for it applies whatever its sequence id");
        select(stock.bySku(selected.sku()).stream().filter(i -> i.source().equals(selected.source()))
                .findFirst().orElse(null));
    }

    /** Opens the confirmation naming the source typed, or says a source is needed. */
    public void askResetSource() {
        if (resetSource == null || resetSource.isBlank()) {
            Messages.error("Name the source whose sequences to reset");
            return;
        }
        resetSource = resetSource.strip();
        PrimeFaces.current().executeScript("PF('resetSourceConfirm').show()");
    }

    public void resetWholeSource() {
        if (resetSource == null || resetSource.isBlank()) {
            Messages.error("Name the source whose sequences to reset");
            return;
        }
        int reset = actions.resetSource(resetSource.strip());
        Messages.info("Sequences of " + reset + " SKU(s) at source " + resetSource.strip() + " reset");
        resetSource = null;
    }

    /** SKUs may hold any character; the key must not (no commas, nothing to escape in HTML). */
    private static String rowKey(StockItem item) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((item.sku() + "\u0000" + item.source()).getBytes(StandardCharsets.UTF_8));
    }

    public LazyRows<StockItem> getRows() {
        return rows;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public StockItem getSelected() {
        return selected;
    }

    public void setSelected(StockItem item) {
        select(item);
    }

    public List<ImportSearch.HistoryLine> getHistory() {
        return history;
    }

    public String getResetSource() {
        return resetSource;
    }

    public void setResetSource(String resetSource) {
        this.resetSource = resetSource;
    }

    public String getDefaultSource() {
        return StockKey.DEFAULT_SOURCE;
    }
}
