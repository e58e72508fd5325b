package dev.inventoryimport.tools;

import java.math.BigDecimal;
import java.util.List;

/**
 * One push as OrderFlow builds it, independent of the wire contract: the same message can then be
 * written as Magento 2 SOAP, REST or Magento 1 SOAP, and a repeat is the very same object, so its
 * body is byte-for-byte the original's.
 */
public record PushMessage(long messageId, List<SkuUpdate> updates) {

    /** One SKU of a message: the figure and the per-SKU sequence id OrderFlow stamps on it. */
    public record SkuUpdate(String sku, BigDecimal qty, long seq) {
    }

    public PushMessage {
        updates = List.copyOf(updates);
    }
}
