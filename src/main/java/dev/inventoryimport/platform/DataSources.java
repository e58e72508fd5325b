package dev.inventoryimport.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The application's two pools on one database. {@code inventory} joins JTA transactions (imports,
 * intake); {@code inventoryNonTx} serves work that must not hold the caller's transaction: id
 * allocation (so the id table's row lock is never held until an import commits) and migrations.
 * {@link ConfiguredXADataSource} finds the database from configuration.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = DataSources.TRANSACTIONAL,
                className = "dev.inventoryimport.platform.ConfiguredXADataSource",
                transactional = true,
                initialPoolSize = 2,
                minPoolSize = 2,
                maxPoolSize = 32,
                maxIdleTime = 300),
        @DataSourceDefinition(
                name = DataSources.NON_TRANSACTIONAL,
                className = "dev.inventoryimport.platform.ConfiguredXADataSource",
                transactional = false,
                initialPoolSize = 1,
                minPoolSize = 1,
                maxPoolSize = 8,
                maxIdleTime = 300)
})
@Singleton
public class DataSources {

    public static final String TRANSACTIONAL = "java:app/jdbc/inventory";
    public static final String NON_TRANSACTIONAL = "java:app/jdbc/inventoryNonTx";
}
