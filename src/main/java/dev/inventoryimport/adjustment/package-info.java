/**
 * Adjust Inventory: the figure OrderFlow sends lags the shop, so orders it has not counted yet and
 * units held in active carts are taken off it on import. The storefront feeds orders and carts in
 * ({@link dev.inventoryimport.adjustment.OrderFeedResource}, {@link dev.inventoryimport.adjustment.QuoteFeedResource}); {@link dev.inventoryimport.adjustment.AdjustmentRule}
 * is the arithmetic, plain Java; {@link dev.inventoryimport.adjustment.DemandQueries} sums the
 * demand of a whole message in one query per kind.
 */
package dev.inventoryimport.adjustment;
