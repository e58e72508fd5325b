/**
 * Integration tests of intake: the answers table on every contract, the Magento 1 endpoint, and
 * the WSDLs the server serves (checked against what generated clients read).
 */
package dev.inventoryimport.it.intake;
