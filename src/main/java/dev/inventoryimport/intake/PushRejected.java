package dev.inventoryimport.intake;

/**
 * A push refused as a whole, before anything is stored. Carries the kind of refusal, which the
 * adapters map to an HTTP status and a SOAP fault, and a message naming the problem for the sender.
 */
public final class PushRejected extends Exception {

    /** Why a push was refused. */
    public enum Reason {
        /** Missing or wrong bearer token: 401. */
        UNAUTHORIZED,
        /** Body larger than {@code MAX_BODY_BYTES}: 413. */
        TOO_LARGE,
        /** Malformed body, DOCTYPE, wrong operation, bad message id, too many lines: 400. */
        INVALID
    }

    private final Reason reason;

    public PushRejected(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public static PushRejected invalid(String message) {
        return new PushRejected(Reason.INVALID, message);
    }

    public Reason reason() {
        return reason;
    }
}
