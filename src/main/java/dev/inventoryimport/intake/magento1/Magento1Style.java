package dev.inventoryimport.intake.magento1;

/**
 * The two ways a Magento 1 SOAP v2 client may encode the same call. Magento answers in the style
 * it was asked in (the store's "WS-I compliance" setting decides which WSDL clients were built
 * from), so the style travels with the parsed request to the writer.
 */
public enum Magento1Style {
    /** The default v2 API: rpc/encoded, body element named after the operation, e.g. {@code login}. */
    RPC_ENCODED,
    /** WS-I compliance mode: document/literal, body element {@code loginParam} and the like. */
    DOCUMENT_LITERAL
}
