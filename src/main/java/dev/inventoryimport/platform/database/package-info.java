/**
 * The database as the application sees it: the JNDI names of the server-defined data sources
 * ({@link dev.inventoryimport.platform.database.DataSources}), the Flyway migrations at start-up,
 * announced by {@link dev.inventoryimport.platform.database.SchemaMigrated}, and the helpers for rows
 * written in plain JDBC: multi-row inserts, UTC timestamps, and
 * {@link dev.inventoryimport.platform.database.Jdbc} for the tables kept in plain JDBC where the
 * console and the feeds use them (which table is kept how: docs/architecture.md).
 *
 * <p>{@link dev.inventoryimport.platform.database.IdBlocks} hands out ids in blocks from the
 * {@code id_gen} rows instead of database sequences because MySQL has no sequences, and because
 * JPA's table generators take their blocks from the same rows the same way.
 */
package dev.inventoryimport.platform.database;
