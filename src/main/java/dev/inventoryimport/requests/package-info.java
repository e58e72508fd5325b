/**
 * Requests: a push as stored, the second step on the data's path. The {@link dev.inventoryimport.requests.Request}
 * row (its {@link dev.inventoryimport.requests.Contract}, message id, compressed body and
 * {@link dev.inventoryimport.requests.RequestStatus}) is the truth the queue and the import work from;
 * {@link dev.inventoryimport.requests.RequestRows} inserts it in plain JDBC. Every write to
 * {@code inventory_request} is plain JDBC (intake, import, "Process now", retention); the entity is a
 * read-only mapping ({@code @ReadOnly}) kept because the console's request grid is a few optional
 * criteria and a user-chosen sort, which JPQL serves in a few lines ({@link dev.inventoryimport.requests.RequestSearch}).
 * Also the push as read ({@link dev.inventoryimport.requests.InventoryPush}), kept briefly for the
 * import on the same instance ({@link dev.inventoryimport.requests.RecentPushes}), and the interface
 * through which the import re-reads a stored body with the intake's readers
 * ({@link dev.inventoryimport.requests.StoredPushReader}).
 */
package dev.inventoryimport.requests;
