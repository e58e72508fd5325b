package dev.inventoryimport.requests;

/** Where a stored request stands. Only a Pending request is ever processed. */
public enum RequestStatus {
    /** Stored and queued, not yet processed. */
    PENDING("Pending"),
    /** Applied: an import report exists for it. */
    PROCESSED("Processed"),
    /** Its message id had already been applied by another request: audited, not applied again. */
    REPEATED("Repeated"),
    /** Failed on its last attempt; no import committed. Can be processed again. */
    FAILED("Failed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    /** The name operators and the API see. */
    public String label() {
        return label;
    }

    public static RequestStatus fromLabel(String label) {
        for (RequestStatus s : values()) {
            if (s.label.equalsIgnoreCase(label) || s.name().equalsIgnoreCase(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status '" + label + "' (Pending, Processed, Repeated or Failed)");
    }
}
