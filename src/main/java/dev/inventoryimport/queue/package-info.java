/**
 * The queue between intake and import. The stored request row is the truth; a JMS message naming
 * it is only the trigger. {@link dev.inventoryimport.queue.ImportQueue} sends it (inside the
 * intake's transaction), {@link dev.inventoryimport.queue.ImportListener} consumes it, and
 * {@link dev.inventoryimport.queue.PendingSweeper} re-sends triggers for requests left Pending.
 */
package dev.inventoryimport.queue;
