/**
 * Magento 1's SOAP v2 API, the first step on the data's path for stores OrderFlow reaches the
 * Magento 1 way: {@code login}, the inventory update and {@code endSession}, with API users and
 * sessions kept in the database. Parsing goes through {@link dev.inventoryimport.intake.soap.SecureXml};
 * a read push goes to {@link dev.inventoryimport.intake.IntakeService} like every other.
 */
package dev.inventoryimport.intake.magento1;
