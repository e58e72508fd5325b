package dev.inventoryimport.platform;

import java.sql.Connection;
import java.sql.SQLException;
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

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .load();
        var result = flyway.migrate();
        // The result names a version only when it applied something: else ask the history.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : String.valueOf(flyway.info().current().getVersion());
        LOG.info(() -> "Database schema (" + vendor + ") at version " + version
                + ", " + result.migrationsExecuted + " migration(s) applied");
        settings.seedFromConfig();
        schema.migrated(version);
    }

    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("mysql") || product.contains("mariadb")) {
                return "mysql";
            }
            throw new IllegalStateException("Unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Database unreachable at start-up: " + e.getMessage(), e);
        }
    }
}
