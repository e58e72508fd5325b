/**
 * What the integration tests share: the server under test and its database, the base class of
 * the Arquillian tests, an OrderFlow-side HTTP client, raw HTTP, the server's captured log, the
 * fault tests' database, and the headless browser (also used by the console benchmark).
 */
package dev.inventoryimport.it.support;
