package dev.inventoryimport.admin;

import java.time.LocalDateTime;
import java.util.List;

import dev.inventoryimport.admin.view.Grids;
import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.admin.view.Messages;
import dev.inventoryimport.queue.ManualProcessing;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.RequestSearch;
import dev.inventoryimport.requests.RequestStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

/** The requests grid: filters, paging and sorting in the database; Process now, one or many. */
@Named
@ViewScoped
public class RequestsBean extends IdRangeGrid {

    private static final long serialVersionUID = 1L;

    /** Filters are typed in the store's zone; the database holds UTC. */
    @Inject
    StoreTimes storeTime;

    @Inject
    RequestSearch search;

    @Inject
    ConsoleActions actions;

    private LocalDateTime receivedFrom;
    private LocalDateTime receivedTo;
    private RequestStatus status;
    private Contract contract;
    private RequestSearch.Filter filter = RequestSearch.Filter.none();
    private List<RequestSearch.Row> selected = List.of();
    private LazyRows<RequestSearch.Row> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(() -> search.count(filter),
                (ordering, page) -> search.page(filter, ordering, page),
                row -> Long.toString(row.id()));
    }

    public void applyFilter() {
        if (refusedIdRanges("Request ID", "requests")
                || Grids.refusedRange("Received", receivedFrom, receivedTo, "requests:receivedFrom", "requests:receivedTo")) {
            return;
        }
        Grids.firstPage(":requests:grid");
        rows.filterChanged();
        filter = new RequestSearch.Filter(getIdFrom(), getIdTo(), getMessageFrom(), getMessageTo(),
                storeTime.toUtc(receivedFrom), storeTime.toUtc(receivedTo), status, contract);
    }

    public void clearFilter() {
        rows.filterChanged();
        clearIdRanges();
        receivedFrom = receivedTo = null;
        status = null;
        contract = null;
        filter = RequestSearch.Filter.none();
    }

    public void processNow(RequestSearch.Row row) {
        report(actions.processNow(List.of(row.id())));
    }

    /** Opens the confirmation, or says there is nothing to confirm. */
    public void askProcessSelected() {
        if (selected == null || selected.isEmpty()) {
            Messages.error("Select the Pending or Failed requests to process first");
            return;
        }
        PrimeFaces.current().executeScript("PF('processSelectedConfirm').show()");
    }

    public void processSelected() {
        if (selected == null || selected.isEmpty()) {
            Messages.error("Select the Pending or Failed requests to process first");
            return;
        }
        report(actions.processNow(selected.stream().map(RequestSearch.Row::id).toList()));
        selected = List.of();
    }

    private static void report(ManualProcessing.Outcome outcome) {
        Messages.info("Queued " + outcome.queued().size() + " request(s) for processing"
                + (outcome.skipped() > 0 ? "; skipped " + outcome.skipped() + " neither Pending nor Failed" : ""));
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public Contract[] getContracts() {
        return Contract.values();
    }

    public LazyRows<RequestSearch.Row> getRows() {
        return rows;
    }

    public List<RequestSearch.Row> getSelected() {
        return selected;
    }

    public void setSelected(List<RequestSearch.Row> selected) {
        this.selected = selected;
    }

    public LocalDateTime getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDateTime receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDateTime getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDateTime receivedTo) {
        this.receivedTo = receivedTo;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public Contract getContract() {
        return contract;
    }

    public void setContract(Contract contract) {
        this.contract = contract;
    }
}
