/**
 * Stock: one row per (SKU, source) holding the figure last applied and the sequence id it came
 * with, and the read API storefronts use ({@code /rest/V1/stockItems}).
 *
 * <p>{@code stock_item} is kept in plain JDBC only, as a {@link dev.inventoryimport.stock.StockItem}
 * record: the import, the hot path, reads a message's rows in one statement and writes them in
 * multi-row statements ({@link dev.inventoryimport.stock.StockRows}, on the local pool), which an
 * entity manager cannot do; the console, the read API and an order's deduction use the same rows
 * through {@link dev.inventoryimport.stock.StockQueries} (the XA pool), so there is one mapping of
 * the table and one optimistic-lock rule (every write names the version it read).
 */
package dev.inventoryimport.stock;
