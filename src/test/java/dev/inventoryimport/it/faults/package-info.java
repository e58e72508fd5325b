/**
 * Faults injected for real: kill -9 mid-push, a database outage, transaction recovery after a
 * crash. Each test runs the service as its own process (not through Arquillian).
 */
package dev.inventoryimport.it.faults;
