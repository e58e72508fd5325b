/**
 * Intake: where a push enters. The SOAP and REST adapters check the token and the size, read the
 * body into an {@link dev.inventoryimport.intake.InventoryPush}, and hand it to
 * {@link dev.inventoryimport.intake.IntakeService}, which stores the {@link dev.inventoryimport.intake.Request}
 * and queues it in one transaction before the push is acknowledged.
 */
package dev.inventoryimport.intake;
