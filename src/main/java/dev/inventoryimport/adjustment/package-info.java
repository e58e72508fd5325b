/**
 * Adjust Inventory: the figure OrderFlow sends lags the shop, so orders it has not counted yet and
 * units held in active carts are taken off it on import. The storefront feeds orders and carts in
 * ({@link dev.inventoryimport.adjustment.OrderFeedResource}, {@link dev.inventoryimport.adjustment.QuoteFeedResource}); {@link dev.inventoryimport.adjustment.AdjustmentRule}
 * is the arithmetic, plain Java; {@link dev.inventoryimport.adjustment.DemandQueries} sums the
 * demand of a whole message in one query per kind. The feed's answers are records JSON-B writes
 * ({@link dev.inventoryimport.adjustment.FeedJson}); its documents are read field by field
 * ({@link dev.inventoryimport.adjustment.FeedDocuments}) because JSON-B binding would take
 * {@code "is_virtual": 1} and {@code "no"} for false and a number for a string, and refuses a value
 * of the wrong type without saying where ({@code items[0].qty}), so the answers that name the
 * field would cost a deserializer per field type, Bean Validation would take over only the one-line
 * length and range checks, and the times, read in the store's zone (a run-time setting), would still
 * be converted by hand.
 */
package dev.inventoryimport.adjustment;
