/**
 * Wiring shared by every feature: the data sources, schema migrations at start-up, the JAX-RS
 * application, and the time source. No business decisions live here.
 */
package dev.inventoryimport.platform;
