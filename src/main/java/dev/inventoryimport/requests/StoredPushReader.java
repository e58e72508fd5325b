package dev.inventoryimport.requests;

/**
 * Reads a stored body back into its push, the way its contract was read at intake. The readers are
 * the intake's; the import, further down the pipeline, reaches them through this interface.
 */
public interface StoredPushReader {

    /**
     * @throws IllegalStateException when the body cannot be read: it was accepted at intake, so only a
     *                               damaged row or an incompatible upgrade gets here
     */
    InventoryPush read(long requestId, Contract contract, byte[] body);
}
