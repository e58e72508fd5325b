/**
 * Stock: one row per (SKU, source) holding the figure last applied and the sequence id it came
 * with, and the read API storefronts use ({@code /rest/V1/stockItems}).
 */
package dev.inventoryimport.stock;
