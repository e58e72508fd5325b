/**
 * Configuration: start-up keys read through MicroProfile Config ({@link dev.inventoryimport.settings.AppConfig}),
 * settings operators change at run time, kept in the database and seeded from configuration
 * ({@link dev.inventoryimport.settings.RuntimeSettings}), and generated secrets
 * ({@link dev.inventoryimport.settings.SecretFiles}).
 */
package dev.inventoryimport.settings;
