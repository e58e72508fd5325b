/**
 * Retention: an hourly job, on one instance at a time, deleting requests processed more than
 * {@code RETENTION_DAYS} ago with their imports and lines, in chunks. What the stale and duplicate
 * checks need is never deleted: each SKU's last sequence id stays on its stock row and the applied
 * message ids in {@code processed_message}. The deletes are plain JDBC, as every write to these
 * tables is.
 */
package dev.inventoryimport.imports.retention;
