/**
 * Re-reading a stored body by its contract: the one place that knows every contract's reader, used
 * by the import (through {@link dev.inventoryimport.requests.StoredPushReader}) and by the console's
 * request page.
 */
package dev.inventoryimport.intake.readers;
