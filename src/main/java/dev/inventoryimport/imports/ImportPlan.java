package dev.inventoryimport.imports;

import java.util.List;

/** The decisions on a message's lines and the stock writes they lead to, in key order. */
public record ImportPlan(List<LineDecision> lines, List<StockChange> changes) {

    public ImportPlan {
        lines = List.copyOf(lines);
        changes = List.copyOf(changes);
    }

    public int count(LineResult result) {
        return (int) lines.stream().filter(l -> l.result() == result).count();
    }
}
