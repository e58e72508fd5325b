package dev.inventoryimport.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The application's three pools on one database. {@code inventoryLocal} joins JTA transactions as a
 * local (non-XA) resource: it carries the database work of the two hot transactions, the intake's
 * (the request row, beside its JMS trigger) and the import's (claim, stock, report: the database
 * only, so it commits in one phase). {@code inventory} joins them as an XA resource (JPA: the
 * console, settings, the sweeper). {@code inventoryNonTx} serves work that must not hold the
 * caller's transaction: id allocation (so the id table's row lock is never held until an import
 * commits) and migrations. {@link ConfiguredXADataSource} finds the database from configuration.
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
                name = DataSources.LOCAL,
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
     * Joins JTA transactions as a local (non-XA) resource. In a transaction that also holds the
     * broker's XA branch, the container commits it as the last agent: the broker prepares, this
     * connection commits in one phase, then the broker commits, so the database needs no XA
     * branch and the broker releases a message only after the database commit. A transaction may
     * hold one local resource only, and no connection of the XA pool should join it either (a second
     * database branch).
     */
    public static final String LOCAL = "java:app/jdbc/inventoryLocal";

    // After a database outage the pools would keep handing out connections the driver already
    // knows are dead ("No operations allowed after connection closed"): check each one before use
    // (asking the driver for its metadata costs no round trip), and once one has failed, drop them all.
    static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATE_BY_METADATA = "fish.payara.connection-validation-method=meta-data";
    static final String FAIL_ALL = "fish.payara.fail-all-connections=true";
}
