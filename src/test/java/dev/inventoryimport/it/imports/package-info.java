/**
 * Integration tests of the import: pushes end to end through queue and import, concurrent
 * overlapping streams, and retention.
 */
package dev.inventoryimport.it.imports;
