/**
 * Wiring shared by every feature: the data sources, schema migrations at start-up, the leases that
 * keep scheduled jobs to one instance at a time, id blocks and multi-row inserts for the rows
 * written in plain JDBC, the JAX-RS application, and the time source. No business decisions live
 * here.
 */
package dev.inventoryimport.platform;
