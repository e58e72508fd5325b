/**
 * Store side of OrderFlow's inventory push. The data's path through the packages:
 * {@link dev.inventoryimport.intake} (SOAP/REST adapters, parsing, auth) stores a request and
 * {@link dev.inventoryimport.queue} (JMS send, message-driven bean) triggers
 * {@link dev.inventoryimport.imports} (decide and apply a message, report) on
 * {@link dev.inventoryimport.stock} (per-SKU rows, read API), with {@link dev.inventoryimport.adjustment}
 * taking unsent orders and carts off on the way. {@link dev.inventoryimport.admin} is the operators'
 * console, {@link dev.inventoryimport.monitoring} the health checks and gauges;
 * {@link dev.inventoryimport.settings} and {@link dev.inventoryimport.platform} hold configuration and wiring.
 */
package dev.inventoryimport;
