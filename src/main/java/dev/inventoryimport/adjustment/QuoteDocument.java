package dev.inventoryimport.adjustment;

import java.time.LocalDateTime;
import java.util.List;

/** A cart as the feed sends it, validated; time in UTC. */
public record QuoteDocument(boolean active, LocalDateTime updatedAt, List<ItemUnits> items) {
}
