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

    @PostConstruct
    void migrate() {
        String kind = DatabaseKind.of(dataSource).name().toLowerCase();
        var result = Migrations.migrate(dataSource);
        LOG.info(() -> "Database schema (" + kind + ") at version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migration(s) applied");
        ConcurrentStart.seed("the run-time settings", settings::seedFromConfig);
    }
}
