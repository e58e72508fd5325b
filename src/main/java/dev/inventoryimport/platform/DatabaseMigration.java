package dev.inventoryimport.platform;

import java.util.logging.Logger;
import javax.sql.DataSource;

import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the versioned Flyway migrations before anything else runs,
 * then seeds the run-time settings. A failure here fails the deployment, loudly.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSources.NON_TRANSACTIONAL)
    DataSource dataSource;

    @Inject
    RuntimeSettings settings;

    @Inject
    SchemaState schema;

    @Inject
    ConcurrentStart concurrentStart;

    @PostConstruct
    void migrate() {
        String kind = DatabaseKind.of(dataSource).name().toLowerCase();
        Flyway flyway = Migrations.flyway(dataSource);
        var result = flyway.migrate();
        // The result names a version only when it applied something: else ask the history.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : String.valueOf(flyway.info().current().getVersion());
        LOG.info(() -> "Database schema (" + kind + ") at version " + version
                + ", " + result.migrationsExecuted + " migration(s) applied");
        concurrentStart.seed("the run-time settings", settings::seedFromConfig);
        schema.migrated(version);
    }
}
