/**
 * Magento 2's SOAP push, the first step on the data's path: the endpoint, its WSDL, the envelope
 * reader and the reply writer, and the one hardened XML reader ({@link dev.inventoryimport.intake.soap.SecureXml})
 * shared with {@link dev.inventoryimport.intake.magento1}. A read push goes to
 * {@link dev.inventoryimport.intake.IntakeService}, which stores the request and queues it.
 */
package dev.inventoryimport.intake.soap;
