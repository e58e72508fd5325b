package dev.inventoryimport.admin;

import java.time.LocalDateTime;

import dev.inventoryimport.admin.view.Downloads;
import dev.inventoryimport.admin.view.Grids;
import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.imports.report.ImportSearch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The imports grid, and its CSV export of every import the filter selects. */
@Named
@ViewScoped
public class ImportsBean extends IdRangeGrid {

    private static final long serialVersionUID = 1L;

    /** Filters are typed in the store's zone; the database holds UTC. */
    @Inject
    StoreTimes storeTime;

    @Inject
    ImportSearch search;

    private Long requestId;
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
        if (refusedIdRanges("Import ID", "imports")
                || Grids.refusedRange("Processed", processedFrom, processedTo, "imports:processedFrom",
                        "imports:processedTo")) {
            return;
        }
        Grids.firstPage(":imports:grid");
        rows.filterChanged();
        filter = new ImportSearch.Filter(getIdFrom(), getIdTo(), requestId, getMessageFrom(), getMessageTo(),
                storeTime.toUtc(processedFrom), storeTime.toUtc(processedTo), withFailures, withSuperseded);
    }

    public void clearFilter() {
        rows.filterChanged();
        clearIdRanges();
        requestId = null;
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

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
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
