package dev.inventoryimport.admin.view;

import java.util.ArrayList;
import java.util.List;

import dev.inventoryimport.imports.report.ImportSearch;

/**
 * The columns of an import report's CSV: with Adjust Inventory, the units taken off for unsent
 * orders and for carts stand between the quantity received and the quantity set, as on the page.
 */
public final class ReportCsv {

    private final boolean adjusted;

    /** @param adjusted whether the import had an adjustment (else its columns are left out) */
    public ReportCsv(boolean adjusted) {
        this.adjusted = adjusted;
    }

    public void header(Csv csv) {
        List<String> columns = new ArrayList<>(List.of("Line", "Source", "SKU", "Sequence ID", "Qty received"));
        if (adjusted) {
            columns.addAll(List.of("Units on unsent orders", "Units in carts"));
        }
        columns.addAll(List.of("Qty set", "Result", "Message"));
        csv.row(columns.toArray(String[]::new));
    }

    public void row(Csv csv, ImportSearch.ReportLine reportLine) {
        ImportSearch.Line l = reportLine.line();
        csv.number(l.lineNo()).text(l.source()).text(l.sku()).number(l.sequenceId()).number(l.qtyReceived());
        if (adjusted) {
            csv.number(reportLine.unsentOrderUnits()).number(reportLine.activeQuoteUnits());
        }
        csv.number(l.qtySet()).text(l.result().label()).text(l.message()).end();
    }
}
