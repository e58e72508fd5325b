package dev.inventoryimport.requests;

/**
 * One SKU of a push exactly as received: every field is the raw text, {@code null} when absent.
 * Line-level problems (a quantity that is not a number, no sequence id, an over-long SKU) must not
 * refuse the whole message, so validation happens at import time, where they become Failure lines.
 *
 * @param source            inventory source code; {@code null} or blank means the default source
 * @param sku               the SKU
 * @param quantity          the figure OrderFlow computed, e.g. {@code "90"} or {@code "-3.5000"}
 * @param sequenceId        OrderFlow's inventory record id for this SKU
 * @param lastOrderExported date-time of the newest order OrderFlow had counted, as sent
 */
public record PushLine(String source, String sku, String quantity, String sequenceId, String lastOrderExported) {
}
