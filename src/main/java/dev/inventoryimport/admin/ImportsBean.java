package dev.inventoryimport.admin;

import java.io.Serializable;
import java.time.LocalDateTime;

import dev.inventoryimport.admin.view.Downloads;
import dev.inventoryimport.admin.view.Grids;
import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.imports.ImportSearch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The imports grid, and its CSV export of every import the filter selects. */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Filters are typed in the store's zone; the database holds UTC. */
    @Inject
    StoreTimes storeTime;

    @Inject
    ImportSearch search;

    private Long idFrom;
    private Long idTo;
    private Long requestId;
    private Long messageFrom;
    private Long messageTo;
    private LocalDateTime processedFrom;
    private LocalDateTime processedTo;
    private boolean withFailures;
    private boolean withSuperseded;
    private ImportSearch.Filter filter = ImportSearch.Filter.none();
    private LazyRows<ImportSearch.Row> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> search.count(filter),
                (ordering, page) -> search.page(filter, ordering, page),
                row -> Long.toString(row.id()));
    }

    public void applyFilter() {
        if (Grids.refusedRange("Import ID", idFrom, idTo, "imports:idFrom", "imports:idTo")
                || Grids.refusedRange("Message ID", messageFrom, messageTo, "imports:messageFrom", "imports:messageTo")
                || Grids.refusedRange("Processed", processedFrom, processedTo, "imports:processedFrom",
                        "imports:processedTo")) {
            return;
        }
        Grids.firstPage(":imports:grid");
        rows.filterChanged();
        filter = new ImportSearch.Filter(idFrom, idTo, requestId, messageFrom, messageTo, storeTime.toUtc(processedFrom),
                storeTime.toUtc(processedTo), withFailures, withSuperseded);
    }

    public void clearFilter() {
        rows.filterChanged();
        idFrom = idTo = requestId = messageFrom = messageTo = null;
        processedFrom = processedTo = null;
        withFailures = withSuperseded = false;
        filter = ImportSearch.Filter.none();
    }

    /** The filtered grid as CSV, by import id; streamed, so any number of rows. */
    public void exportCsv() {
        ImportSearch.Filter exported = filter;
        Downloads.csv("imports.csv", csv -> {
            csv.row("Import ID", "Request ID", "Message ID", "Successes", "Duplicates", "Superseded", "Failures",
                    "Processed (UTC)");
            search.forEach(exported, row -> csv.number(row.id()).number(row.requestId()).number(row.messageId())
                    .number(row.successes()).number(row.duplicates()).number(row.superseded())
                    .number(row.failures()).time(row.processedAt()).end());
        });
    }

    public LazyRows<ImportSearch.Row> getRows() {
        return rows;
    }

    public Long getIdFrom() {
        return idFrom;
    }

    public void setIdFrom(Long idFrom) {
        this.idFrom = idFrom;
    }

    public Long getIdTo() {
        return idTo;
    }

    public void setIdTo(Long idTo) {
        this.idTo = idTo;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public Long getMessageFrom() {
        return messageFrom;
    }

    public void setMessageFrom(Long messageFrom) {
        this.messageFrom = messageFrom;
    }

    public Long getMessageTo() {
        return messageTo;
    }

    public void setMessageTo(Long messageTo) {
        this.messageTo = messageTo;
    }

    public LocalDateTime getProcessedFrom() {
        return processedFrom;
    }

    public void setProcessedFrom(LocalDateTime processedFrom) {
        this.processedFrom = processedFrom;
    }

    public LocalDateTime getProcessedTo() {
        return processedTo;
    }

    public void setProcessedTo(LocalDateTime processedTo) {
        this.processedTo = processedTo;
    }

    public boolean isWithFailures() {
        return withFailures;
    }

    public void setWithFailures(boolean withFailures) {
        this.withFailures = withFailures;
    }

    public boolean isWithSuperseded() {
        return withSuperseded;
    }

    public void setWithSuperseded(boolean withSuperseded) {
        this.withSuperseded = withSuperseded;
    }
}
