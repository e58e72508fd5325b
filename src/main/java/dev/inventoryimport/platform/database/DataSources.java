package dev.inventoryimport.platform.database;

/**
 * The JNDI names of the application's three pools on one database. The server defines them
 * ({@code server-config/resources.asadmin}); the application only looks them up, so an operations
 * team binds it to pools of its own by creating resources of these names.
 *
 * <ul>
 * <li>{@link #TRANSACTIONAL}: XA. JPA (the console, settings, Process now, the sweeper), and the
 * plain JDBC of the same transactions ({@link Jdbc}, sharing their connection): those
 * transactions may also send a trigger, so the database and the broker commit in two phases, and
 * the container's recovery completes either after a crash as its log decided.</li>
 * <li>{@link #LOCAL}: not XA, joined to JTA transactions as a local resource. It carries the two
 * hot transactions: the import (the database only, so it commits in one phase) and the intake's
 * request row. In the intake's transaction, which also holds the broker's XA branch, the container
 * commits it as the last agent: the broker prepares, the database commits in one phase, then the
 * broker commits, so the broker releases a trigger only after its row has committed. A transaction
 * may hold one such resource only, and no connection of the XA pool may join it too.</li>
 * <li>{@link #NON_TRANSACTIONAL}: never joins a transaction. Work that must not hold the caller's:
 * migrations, id blocks (the id table's row lock is never held until an import commits), job
 * leases, probes.</li>
 * </ul>
 */
public final class DataSources {

    public static final String TRANSACTIONAL = "jdbc/inventory";
    public static final String LOCAL = "jdbc/inventoryLocal";
    public static final String NON_TRANSACTIONAL = "jdbc/inventoryNonTx";

    private DataSources() {
    }
}
