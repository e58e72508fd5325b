/**
 * Imports: decide and apply a stored request, and report it. {@link dev.inventoryimport.imports.ImportRules}
 * decides every line (Success, Duplicate, Superseded, Failure) in plain Java;
 * {@link dev.inventoryimport.imports.ImportService} applies one request in one transaction, writing
 * through {@link dev.inventoryimport.imports.ImportStore}, {@link dev.inventoryimport.imports.ReportLines}
 * and {@link dev.inventoryimport.stock.StockRows} (plain JDBC on the local pool);
 * {@link dev.inventoryimport.imports.ImportRunner} retries conflicts and records failures; its loop is
 * hand-written, not MicroProfile Fault Tolerance's {@code @Retry}, because whether to try again depends on
 * the attempts counted on the request row against {@code IMPORT_MAX_ATTEMPTS}, a setting changed at run
 * time in the database, a retry reads its rows with a write lock, and the back-off grows exponentially;
 * {@code @Retry} takes its limits from annotations or MicroProfile Config, waits a constant delay plus
 * jitter, and tells the method no attempt number. The reports are read in {@code report}; old ones
 * are deleted in {@code retention}.
 * {@code import_line} and {@code failure_notice} are kept in plain JDBC only (the import writes them
 * on its hot path, and the report's readers use the same SQL). The import's report row
 * ({@code inventory_import}) and the inventory log are written in JDBC only, here and in retention;
 * their entities ({@link dev.inventoryimport.imports.Import}, {@code report.InventoryLogEntry}) are
 * read-only mappings ({@code @ReadOnly}) kept for the console's grids, a few optional criteria and a
 * user-chosen sort that JPQL serves in a few lines (docs/architecture.md lists every table's style).
 */
package dev.inventoryimport.imports;
