package dev.inventoryimport.requests;

import java.util.List;

/**
 * A parsed inventory push: the message id and its lines in the order they were sent.
 * Both wire contracts (SOAP and REST) read into this one shape.
 */
public record InventoryPush(long messageId, List<PushLine> lines) {

    public InventoryPush {
        lines = List.copyOf(lines);
    }
}
