/**
 * The queue between intake and import. The stored request row is the truth; a JMS message naming
 * it is only the trigger. {@link dev.inventoryimport.queue.ImportQueue} sends it (inside the
 * intake's transaction), {@link dev.inventoryimport.queue.ImportListener} consumes it, and
 * {@link dev.inventoryimport.queue.PendingSweeper} re-sends triggers for requests left Pending;
 * {@link dev.inventoryimport.queue.ManualProcessing} re-opens Failed requests and queues them when an
 * operator asks ("Process now").
 */
package dev.inventoryimport.queue;
