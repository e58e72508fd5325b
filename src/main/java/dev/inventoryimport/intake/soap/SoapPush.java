package dev.inventoryimport.intake.soap;

import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.requests.InventoryPush;

/**
 * A push read from a SOAP request, with what the reply needs to mirror the request.
 *
 * @param version            the envelope version of the request
 * @param operationNamespace namespace URI of the request's body element (the endpoint URL on
 *                           Magento, so it differs per host); empty when the element had none
 * @param push               the parsed push
 */
public record SoapPush(SoapVersion version, String operationNamespace, InventoryPush push) implements SoapCall {

    @Override
    public String logTag() {
        return LogContext.tag(null, push.messageId());
    }
}
