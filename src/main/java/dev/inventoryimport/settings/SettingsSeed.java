package dev.inventoryimport.settings;

import dev.inventoryimport.platform.ConcurrentStart;
import dev.inventoryimport.platform.database.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Seeds the run-time settings from configuration once the schema is there (a row only where none is). */
@ApplicationScoped
class SettingsSeed {

    @Inject
    RuntimeSettings settings;

    @Inject
    ConcurrentStart concurrentStart;

    void seed(@Observes SchemaMigrated schema) {
        concurrentStart.seed("the run-time settings", settings::seedFromConfig);
    }
}
