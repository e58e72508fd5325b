package dev.inventoryimport.monitoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether this instance can take pushes and import them: the schema is migrated, and the database
 * and the broker each answered a probe just now. The data says what each part answered, and when
 * not ready, {@code reason} says why in one line (the first part that failed).
 */
record ReadinessVerdict(boolean up, Map<String, String> data) {

    ReadinessVerdict {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data)); // in the order given: reads top-down
    }

    static ReadinessVerdict of(Optional<String> schemaVersion, BoundedCall.Result<?> database, BoundedCall.Result<?> broker) {
        Map<String, String> data = new LinkedHashMap<>();
        String reason = null;
        if (schemaVersion.isPresent()) {
            data.put("schema", "migrated to version " + schemaVersion.get());
        } else {
            data.put("schema", "DOWN: migrations have not run yet");
            reason = "database migrations have not run yet";
        }
        data.put("database", describe(database));
        if (reason == null && !database.ok()) {
            reason = "database unreachable: " + database.error();
        }
        data.put("broker", describe(broker));
        if (reason == null && !broker.ok()) {
            reason = "JMS broker unreachable: " + broker.error();
        }
        if (reason != null) {
            data.put("reason", reason);
        }
        return new ReadinessVerdict(reason == null, data);
    }

    private static String describe(BoundedCall.Result<?> result) {
        String took = " (" + result.took().toMillis() + " ms)";
        return result.ok() ? "UP" + took : "DOWN: " + result.error() + took;
    }
}
