/**
 * Integration tests of Adjust Inventory: storefront orders and carts feeding the figure
 * OrderFlow pushes.
 */
package dev.inventoryimport.it.adjustment;
