/**
 * Wiring shared by every feature: the JNDI names of the server-defined data sources
 * ({@link dev.inventoryimport.platform.DataSources}), schema migrations at start-up, the leases that
 * keep scheduled jobs to one instance at a time, id blocks and multi-row inserts for the rows
 * written in plain JDBC, the one JSON provider, how JSON-B writes the REST answers
 * ({@link dev.inventoryimport.platform.JsonAnswers}), the JAX-RS application, the time source, and
 * {@link dev.inventoryimport.platform.CrashPoint}, a test hook that is off in production. No
 * business decisions live here.
 */
package dev.inventoryimport.platform;
