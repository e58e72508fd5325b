/**
 * Intake: where a push enters, the first step on the data's path. Each contract has an endpoint, a
 * reader and a writer ({@code soap} for Magento 2 SOAP, {@code rest} for its REST twin,
 * {@code magento1} for Magento 1 SOAP v2); {@code auth} checks who calls. A read push goes to
 * {@link dev.inventoryimport.intake.IntakeService}, which stores the request and queues it in one
 * transaction before the push is acknowledged.
 */
package dev.inventoryimport.intake;
