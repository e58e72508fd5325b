package dev.inventoryimport.imports;

import jakarta.ejb.ApplicationException;

/**
 * An import lost to a concurrent one (optimistic lock, deadlock, a first insert of the same SKU).
 * An application exception: the container rolls the attempt back without reporting it as a
 * system failure, and {@link ImportRunner} tries again. The cause says what collided.
 */
@ApplicationException(rollback = true)
public class ImportConflict extends RuntimeException {

    ImportConflict(Throwable cause) {
        super("Conflict with a concurrent import: " + Failures.describe(cause), cause, false, false);
    }
}
