/**
 * Imports: decide and apply a stored request, and report it. {@link dev.inventoryimport.imports.ImportRules}
 * decides every line (Success, Duplicate, Superseded, Failure) in plain Java;
 * {@link dev.inventoryimport.imports.ImportService} applies one request in one transaction, writing
 * through {@link dev.inventoryimport.imports.ImportStore}, {@link dev.inventoryimport.imports.ReportLines}
 * and {@link dev.inventoryimport.stock.StockRows} (plain JDBC on the local pool);
 * {@link dev.inventoryimport.imports.ImportRunner} retries conflicts and records failures. The
 * reports are read in {@code report}; old ones are deleted in {@code retention}.
 * {@code import_line} and {@code failure_notice} are kept in plain JDBC only (the import writes them
 * on its hot path, and the report's readers use the same SQL). The import's report row
 * ({@code inventory_import}) and the inventory log are written in JDBC only, here and in retention;
 * their entities ({@link dev.inventoryimport.imports.Import}, {@code report.InventoryLogEntry}) are
 * read-only mappings ({@code @ReadOnly}) kept for the console's grids, a few optional criteria and a
 * user-chosen sort that JPQL serves in a few lines (docs/architecture.md lists every table's style).
 */
package dev.inventoryimport.imports;
