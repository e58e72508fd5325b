package dev.inventoryimport.intake.magento1;

import dev.inventoryimport.intake.soap.SoapCall;
import dev.inventoryimport.intake.soap.SoapVersion;
import dev.inventoryimport.platform.LogContext;

/**
 * A parsed Magento 1 SOAP request with what the reply must mirror: the envelope version and the
 * encoding style it was sent in.
 */
public record Magento1Request(SoapVersion version, Magento1Style style, Magento1Call call) implements SoapCall {

    @Override
    public String logTag() {
        return call instanceof Magento1Call.MultiUpdate update ? LogContext.tag(null, update.push().messageId()) : "";
    }
}
