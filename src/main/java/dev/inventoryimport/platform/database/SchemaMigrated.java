package dev.inventoryimport.platform.database;

/**
 * Fired once the schema is up to date, outside any transaction and before the service reports
 * ready, so each feature seeds its own rows without the migration knowing about them.
 */
public record SchemaMigrated(String version) {
}
