/**
 * The audit trail of operator actions: who did what, when. An entry is written in the transaction
 * of the action itself ({@link dev.inventoryimport.admin.ConsoleActions}), so no action commits
 * without its entry; the console's audit page reads it.
 */
package dev.inventoryimport.admin.audit;
