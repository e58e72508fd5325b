/**
 * The database as the application sees it: the JNDI names of the server-defined data sources
 * ({@link dev.inventoryimport.platform.database.DataSources}), the Flyway migrations at start-up,
 * announced by {@link dev.inventoryimport.platform.database.SchemaMigrated}, and the helpers for rows
 * written in plain JDBC: multi-row inserts, UTC timestamps, and
 * {@link dev.inventoryimport.platform.database.Jdbc} for the tables kept in plain JDBC where the
 * console and the feeds use them (which table is kept how: docs/architecture.md), and
 * {@link dev.inventoryimport.platform.database.ReadOnlyGuard}, which makes JPA refuse to write the
 * read-only entities of those tables: EclipseLink's {@code @ReadOnly} skips changes to loaded rows
 * but still runs a JPQL {@code UPDATE} or {@code DELETE}, and a session event listener is where
 * every query passes.
 *
 * <p>{@link dev.inventoryimport.platform.database.IdBlocks} hands out ids in blocks from the
 * {@code id_gen} rows instead of database sequences because MySQL has no sequences, and a block
 * taken in a transaction of its own keeps the id row's lock short.
 */
package dev.inventoryimport.platform.database;
