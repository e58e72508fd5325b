package dev.inventoryimport.platform.database;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether {@link DatabaseMigration} has brought the schema up to date (and the features have seeded their rows) in
 * this run: the readiness check reports not ready until it has. Held apart from the migration
 * bean, which is busy (locked) while it migrates.
 */
@ApplicationScoped
public class SchemaState {

    private volatile String version;

    void migrated(String version) {
        this.version = version;
    }

    /** The schema version migrated to, once migrations have run. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }
}
