/**
 * What the imports left behind, read for people: the console's searches over imports, their lines
 * and the inventory log, the failure banner, the throughput figures, and the request API
 * ({@code /rest/V1/orderflow/requests}), which shows each request with the report of its import.
 * Reads only; the import writes these rows in {@link dev.inventoryimport.imports}.
 */
package dev.inventoryimport.imports.report;
