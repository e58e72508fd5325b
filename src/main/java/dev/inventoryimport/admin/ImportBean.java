package dev.inventoryimport.admin;

import java.io.Serializable;
import java.util.List;

import dev.inventoryimport.admin.view.Downloads;
import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.imports.ImportSearch;
import dev.inventoryimport.imports.LineResult;
import dev.inventoryimport.platform.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An import report: its counters and its lines, filtered by result, exportable as CSV. */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = Page.MAX_SIZE;

    @Inject
    ImportSearch search;

    @Inject
    ConsoleActions actions;

    private Long id;
    private ImportSearch.Row report;
    private LineResult result;
    private LazyRows<ImportSearch.Line> lines;

    @PostConstruct
    void init() {
        lines = new LazyRows<>(() -> report == null ? 0 : search.countLines(report.id(), result),
                (ordering, page) -> report == null ? List.of() : search.lines(report.id(), result, page),
                line -> Integer.toString(line.lineNo()));
    }

    /** The view action: the import named by {@code id}. */
    public void load() {
        report = id == null ? null : search.byId(id).orElse(null);
        if (report != null) {
            actions.opened(report.requestId());
        }
    }

    public void exportCsv() {
        ImportSearch.Row exported = report;
        LineResult only = result;
        Downloads.csv("import-" + exported.id() + ".csv", csv -> {
            csv.row("Line", "Source", "SKU", "Sequence ID", "Qty received", "Qty set", "Result", "Message");
            for (int first = 0; ; first += EXPORT_PAGE) {
                List<ImportSearch.Line> page = search.lines(exported.id(), only, new Page(first, EXPORT_PAGE));
                page.forEach(l -> csv.number(l.lineNo()).text(l.source()).text(l.sku()).number(l.sequenceId())
                        .number(l.qtyReceived()).number(l.qtySet()).text(l.result().label()).text(l.message()).end());
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
        });
    }

    public LineResult[] getResults() {
        return LineResult.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImportSearch.Row getReport() {
        return report;
    }

    public LineResult getResult() {
        return result;
    }

    public void setResult(LineResult result) {
        this.result = result;
        lines.filterChanged();
    }

    public LazyRows<ImportSearch.Line> getLines() {
        return lines;
    }
}
