/**
 * What the console's pages are made of, apart from the backing beans: addresses under
 * {@code /admin}, security headers, times in the store's zone, typed filters, lazy grids, CSV
 * exports and messages. Presentation only: values in, text out, no business decisions.
 */
package dev.inventoryimport.admin.view;
