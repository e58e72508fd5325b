/**
 * The operators' console (Jakarta Faces): backing beans for the dashboard, requests, imports,
 * inventory log, stock, settings and password pages. It sits beside the data's path, reading what
 * intake, imports and stock wrote; every change an operator makes goes through
 * {@link dev.inventoryimport.admin.ConsoleActions}, in one transaction with its audit entry.
 */
package dev.inventoryimport.admin;
