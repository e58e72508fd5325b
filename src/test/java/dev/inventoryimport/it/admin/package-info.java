/**
 * Integration tests of the admin console, driven in a real headless browser.
 */
package dev.inventoryimport.it.admin;
