package dev.inventoryimport.intake.readers;

import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.InventoryPush;
import dev.inventoryimport.requests.StoredPushReader;
import jakarta.enterprise.context.ApplicationScoped;

/** The import's way back to the intake's readers ({@link PushReader}), with no limit on lines. */
@ApplicationScoped
public class StoredPushes implements StoredPushReader {

    @Override
    public InventoryPush read(long requestId, Contract contract, byte[] body) {
        try {
            return PushReader.read(contract, body, Integer.MAX_VALUE);
        } catch (PushRejected e) {
            throw new IllegalStateException("Stored body of request " + requestId + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
