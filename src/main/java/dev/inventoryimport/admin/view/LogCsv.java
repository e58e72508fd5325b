package dev.inventoryimport.admin.view;

import dev.inventoryimport.imports.report.InventoryLogEntry;

/** The inventory log's CSV: one row per entry, times in UTC with their offset (ISO-8601). */
public final class LogCsv {

    private LogCsv() {
    }

    public static void header(Csv csv) {
        csv.row("Logged at", "Kind", "SKU", "Source", "Sequence ID received", "Sequence ID in force", "Qty received",
                "Message ID", "Request ID", "Import ID", "Message");
    }

    public static void row(Csv csv, InventoryLogEntry e) {
        csv.time(e.loggedAt()).text(e.kind().label()).text(e.sku()).text(e.source()).number(e.sequenceId())
                .number(e.sequenceInForce()).number(e.qtyReceived()).number(e.messageId()).number(e.requestId())
                .number(e.importId()).text(e.message()).end();
    }
}
