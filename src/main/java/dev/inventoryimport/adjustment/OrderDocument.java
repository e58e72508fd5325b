package dev.inventoryimport.adjustment;

import java.time.LocalDateTime;
import java.util.List;

/** An order as the feed sends it, validated; times in UTC. */
public record OrderDocument(String status, LocalDateTime createdAt, LocalDateTime updatedAt, boolean virtual,
                            LocalDateTime exportedAt, List<ItemUnits> items) {
}
