/**
 * Wiring shared by every feature: the JNDI names of the server-defined data sources
 * ({@link dev.inventoryimport.platform.DataSources}), schema migrations at start-up, the leases that
 * keep scheduled jobs to one instance at a time, the start-up seeding's retries against instances
 * starting at once ({@link dev.inventoryimport.platform.ConcurrentStart}, MicroProfile Fault
 * Tolerance's {@code @Retry}), id blocks and multi-row inserts for the rows
 * written in plain JDBC, the one JSON provider, the JAX-RS application, the time source, and
 * {@link dev.inventoryimport.platform.CrashPoint}, a test hook that is off in production. No
 * business decisions live here.
 */
package dev.inventoryimport.platform;
