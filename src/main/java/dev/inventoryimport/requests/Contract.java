package dev.inventoryimport.requests;

/** The wire contract a push arrived by; kept on the request so it can be re-read the same way. */
public enum Contract {
    /** Magento 2 SOAP, {@code realtimeDespatchOrderFlowInventoryRequestManagementV1.update}. */
    M2_SOAP,
    /** Magento 2 REST twin, {@code POST /rest/V1/orderflow/inventory}. */
    M2_REST,
    /** Magento 1 SOAP v2, {@code orderflowInventoryMultiUpdate} after a {@code login}. */
    M1_SOAP
}
