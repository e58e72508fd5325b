package dev.inventoryimport.intake.readers;

import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.intake.magento1.Magento1Call;
import dev.inventoryimport.intake.magento1.Magento1SoapReader;
import dev.inventoryimport.intake.rest.Magento2JsonReader;
import dev.inventoryimport.intake.soap.Magento2SoapReader;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.InventoryPush;

/** Reads a stored body the way its contract was read at intake. */
public final class PushReader {

    private PushReader() {
    }

    public static InventoryPush read(Contract contract, byte[] body, int maxLines) throws PushRejected {
        return switch (contract) {
            case M2_SOAP -> Magento2SoapReader.read(body, maxLines).push();
            case M2_REST -> Magento2JsonReader.read(body, maxLines);
            case M1_SOAP -> {
                if (Magento1SoapReader.read(body, maxLines).call() instanceof Magento1Call.MultiUpdate update) {
                    yield update.push();
                }
                throw PushRejected.invalid("Stored Magento 1 call is not orderflowInventoryMultiUpdate");
            }
        };
    }
}
