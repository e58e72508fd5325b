/**
 * The REST twin of the push ({@code POST /rest/V1/orderflow/inventory}), the first step on the
 * data's path like the SOAP endpoints: the resource, its streamed JSON reader and the push counters. A read push goes
 * to {@link dev.inventoryimport.intake.IntakeService}, which stores the request and queues it.
 * {@link dev.inventoryimport.intake.rest.Magento2JsonReader} streams rather than binding with JSON-B:
 * it counts nesting and members as it reads, so a hostile body is refused before anything is built,
 * and its 400s say where a value of the wrong type is ({@code productQtys[3].qty}) and where JSON is
 * malformed (line, column); JSON-B binds the whole object first, caps no member count and reports a
 * wrong type without its index.
 * Its answers are records JSON-B writes ({@link dev.inventoryimport.platform.JsonAnswers}).
 */
package dev.inventoryimport.intake.rest;
