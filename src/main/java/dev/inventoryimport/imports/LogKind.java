package dev.inventoryimport.imports;

/** What an inventory log entry records. */
public enum LogKind {
    /** A line older than the sequence id already applied for its SKU: a stale update, not applied. */
    SUPERSEDED("Superseded"),
    /** A message whose id was applied before: logged for audit, not processed again. */
    REPEATED("Repeated message");

    private final String label;

    LogKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
