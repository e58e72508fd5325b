package dev.inventoryimport.settings;

/** The settings that change how a line is applied; a value, handed to the import rules. */
public record ImportPolicy(boolean allowNegativeQuantities, boolean createUnknownSkus) {

    public static final ImportPolicy DEFAULT = new ImportPolicy(false, true);
}
