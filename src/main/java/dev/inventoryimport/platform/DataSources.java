package dev.inventoryimport.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The application's three pools on one database. {@code inventory} joins JTA transactions as an XA
 * resource (intake, where the request row and its JMS message commit together, and the console);
 * {@code inventoryImport} joins them as a local resource (imports); {@code inventoryNonTx} serves
 * work that must not hold the caller's transaction: id allocation (so the id table's row lock is
 * never held until an import commits) and migrations. {@link ConfiguredXADataSource} finds the
 * database from configuration.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = DataSources.TRANSACTIONAL,
                className = "dev.inventoryimport.platform.ConfiguredXADataSource",
                transactional = true,
                initialPoolSize = 2,
                minPoolSize = 2,
                maxPoolSize = 32,
                maxIdleTime = 300,
                properties = {DataSources.VALIDATE, DataSources.VALIDATE_BY_METADATA, DataSources.FAIL_ALL}),
        @DataSourceDefinition(
                name = DataSources.IMPORT,
                className = "dev.inventoryimport.platform.ConfiguredLocalDataSource",
                transactional = true,
                initialPoolSize = 2,
                minPoolSize = 2,
                maxPoolSize = 32,
                maxIdleTime = 300,
                properties = {DataSources.VALIDATE, DataSources.VALIDATE_BY_METADATA, DataSources.FAIL_ALL}),
        @DataSourceDefinition(
                name = DataSources.NON_TRANSACTIONAL,
                className = "dev.inventoryimport.platform.ConfiguredXADataSource",
                transactional = false,
                initialPoolSize = 1,
                minPoolSize = 1,
                maxPoolSize = 8,
                maxIdleTime = 300,
                properties = {DataSources.VALIDATE, DataSources.VALIDATE_BY_METADATA, DataSources.FAIL_ALL})
})
@Singleton
public class DataSources {

    public static final String TRANSACTIONAL = "java:app/jdbc/inventory";
    public static final String NON_TRANSACTIONAL = "java:app/jdbc/inventoryNonTx";
    /**
     * The import's own pool: joins JTA transactions as a local (non-XA) resource. Everything an
     * import writes goes through it, so its transaction commits in one phase, without the
     * transaction log; nothing else may join that transaction through the other pools.
     */
    public static final String IMPORT = "java:app/jdbc/inventoryImport";

    // After a database outage the pools would keep handing out connections the driver already
    // knows are dead ("No operations allowed after connection closed"): check each one before use
    // (asking the driver for its metadata costs no round trip), and once one has failed, drop them all.
    static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATE_BY_METADATA = "fish.payara.connection-validation-method=meta-data";
    static final String FAIL_ALL = "fish.payara.fail-all-connections=true";
}
