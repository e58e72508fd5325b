/**
 * What the imports left behind, read for people: the console's searches over imports, their lines
 * and the inventory log, the failure banner, the throughput figures, and the request API
 * ({@code /rest/V1/orderflow/requests}), which shows each request with the report of its import.
 * Reads only; the import writes these rows in plain JDBC in {@link dev.inventoryimport.imports}. The
 * grids over imports and the log query read-only entities in JPQL ({@code platform/Where}, {@code Ordering},
 * {@code Page}): a few optional criteria and a user-chosen sort are a few lines there and a query
 * builder of our own in SQL; the import lines and failure notices, looked up by key, are read in SQL.
 */
package dev.inventoryimport.imports.report;
