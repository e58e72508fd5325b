/**
 * Faults injected for real: kill -9 mid-push, a database outage, transaction recovery after a
 * crash, a start that loses the start-up seeding race. Each test runs the service as its own
 * process (not through Arquillian).
 */
package dev.inventoryimport.it.faults;
