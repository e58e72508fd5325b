package dev.inventoryimport.admin;

import java.io.Serializable;
import java.util.List;

import dev.inventoryimport.admin.view.Downloads;
import dev.inventoryimport.admin.view.LazyRows;
import dev.inventoryimport.admin.view.ReportCsv;
import dev.inventoryimport.imports.LineResult;
import dev.inventoryimport.imports.report.ImportSearch;
import dev.inventoryimport.platform.query.Page;
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
    private boolean adjusted;
    private LazyRows<ImportSearch.ReportLine> lines;

    @PostConstruct
    void init() {
        lines = new LazyRows<>(() -> report == null ? 0 : search.countLines(report.id(), result),
                (ordering, page) -> report == null ? List.of() : search.lines(report.id(), result, page),
                line -> Integer.toString(line.line().lineNo()));
    }

    /** The view action: the import named by {@code id}. */
    public void load() {
        report = id == null ? null : search.byId(id).orElse(null);
        if (report != null) {
            adjusted = search.adjusted(report.id());
            actions.opened(report.requestId());
        }
    }

    public void exportCsv() {
        ImportSearch.Row exported = report;
        LineResult only = result;
        ReportCsv columns = new ReportCsv(adjusted);
        Downloads.csv("import-" + exported.id() + ".csv", csv -> {
            columns.header(csv);
            for (int first = 0; ; first += EXPORT_PAGE) {
                List<ImportSearch.ReportLine> page = search.lines(exported.id(), only, new Page(first, EXPORT_PAGE));
                page.forEach(l -> columns.row(csv, l));
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

    public LazyRows<ImportSearch.ReportLine> getLines() {
        return lines;
    }

    /** Whether Adjust Inventory adjusted the import: its columns are shown. */
    public boolean isAdjusted() {
        return adjusted;
    }
}
