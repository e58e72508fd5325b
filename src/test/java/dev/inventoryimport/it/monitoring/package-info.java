/**
 * Integration tests of health, metrics and the OpenAPI document, over the ports and paths
 * operators use.
 */
package dev.inventoryimport.it.monitoring;
