/**
 * The REST twin of the push ({@code POST /rest/V1/orderflow/inventory}), the first step on the
 * data's path like the SOAP endpoints: the resource, its streamed JSON reader and the push counters. A read push goes
 * to {@link dev.inventoryimport.intake.IntakeService}, which stores the request and queues it.
 */
package dev.inventoryimport.intake.rest;
