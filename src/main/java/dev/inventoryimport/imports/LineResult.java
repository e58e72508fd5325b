package dev.inventoryimport.imports;

/** The result of one line of an import. */
public enum LineResult {
    /** Applied: the stock row now holds this line's figure and sequence id. */
    SUCCESS("Success"),
    /** Same sequence id as the one already applied: nothing changed. */
    DUPLICATE("Duplicate"),
    /** Older sequence id than the one already applied (a stale update): nothing changed. */
    SUPERSEDED("Superseded"),
    /** The line could not be applied (bad value, unknown SKU); the other lines still apply. */
    FAILURE("Failure");

    private final String label;

    LineResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
