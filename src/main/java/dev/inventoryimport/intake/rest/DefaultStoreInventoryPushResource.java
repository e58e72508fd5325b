package dev.inventoryimport.intake.rest;

import jakarta.ws.rs.Path;

/**
 * The same push under Magento's store-code prefix, {@code POST /rest/default/V1/orderflow/inventory}.
 * A class of its own: JAX-RS picks the root resource by its path first and never backtracks.
 */
@Path("default/V1/orderflow/inventory")
public class DefaultStoreInventoryPushResource extends InventoryPushResource {
}
