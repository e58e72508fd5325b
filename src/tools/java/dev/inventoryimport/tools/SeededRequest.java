package dev.inventoryimport.tools;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.inventoryimport.imports.LineResult;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.RequestStatus;
import dev.inventoryimport.stock.Quantities;

/**
 * One request of the console benchmark's data as the live service would have stored it: three SKU
 * lines, the result of each line when applied, and {@code repeats} (the request whose message it
 * carries again) when Repeated. {@link Generator} makes a realistic stream of them.
 */
record SeededRequest(long id, RequestStatus status, Contract contract, PushMessage message,
                     List<LineResult> results, LocalDateTime received, LocalDateTime processed, Long repeats) {

    static final int LINES = 3;
    private static final String M1_SESSION = "5f2b9c0e7a4d41c3b8e6f1a2d3c4b5a6";

    /** Applied requests have an import, its lines and the processed-message guard; the others none. */
    boolean applied() {
        return status == RequestStatus.PROCESSED;
    }

    int count(LineResult result) {
        return (int) results.stream().filter(r -> r == result).count();
    }

    /** What the console's failure banner counts: a Failed request or an import with Failure lines. */
    boolean noticed() {
        return status == RequestStatus.FAILED || count(LineResult.FAILURE) > 0;
    }

    String error() {
        return status == RequestStatus.FAILED ? "Lock wait timeout exceeded; try restarting transaction" : null;
    }

    /** The body exactly as its contract carries it; {@code storeBase} is the SOAP namespace's shop. */
    String body(URI storeBase) {
        return switch (contract) {
            case M2_SOAP -> WireFormat.m2Soap(storeBase, message);
            case M2_REST -> WireFormat.m2Json(message);
            case M1_SOAP -> WireFormat.m1Update(M1_SESSION, message);
        };
    }

    String contentType() {
        return switch (contract) {
            case M2_SOAP -> WireFormat.M2_SOAP_TYPE;
            case M2_REST -> WireFormat.JSON_TYPE;
            case M1_SOAP -> WireFormat.M1_TYPE;
        };
    }

    /** The report line's text as the import writes it for that result. */
    String lineMessage(int index) {
        PushMessage.SkuUpdate u = message.updates().get(index);
        return switch (results.get(index)) {
            case SUCCESS -> "Stock quantity of SKU " + u.sku() + " set to " + Quantities.text(u.qty());
            case DUPLICATE -> "Duplicate: sequence id " + u.seq() + " of SKU " + u.sku() + " was already applied";
            case SUPERSEDED -> "Superseded: sequence id " + u.seq() + " of SKU " + u.sku()
                    + " is older than the applied " + (u.seq() + 7);
            case FAILURE -> "Quantity " + Quantities.text(u.qty()) + " of SKU " + u.sku() + " is out of range";
        };
    }

    /**
     * Requests in id order: 2% repeats of the newest applied one (OrderFlow resends a message whose
     * answer it lost), 0.5% Pending, 0.5% Failed, the rest applied; contracts 70% Magento 2 SOAP, 20%
     * REST, 10% Magento 1. Deterministic: the same seed gives the same data.
     */
    static final class Generator {

        private static final int SKUS = 100_000;
        private static final Duration PROCESSING_TIME = Duration.ofMillis(300);
        private static final BigDecimal OUT_OF_RANGE = new BigDecimal("100000000");

        private final Random random = new Random(42);
        private SeededRequest lastApplied;

        SeededRequest next(long id, LocalDateTime received) {
            RequestStatus status = status();
            if (status == RequestStatus.REPEATED) {
                return new SeededRequest(id, status, lastApplied.contract(), lastApplied.message(), List.of(),
                        received, received.plus(PROCESSING_TIME), lastApplied.id());
            }
            List<LineResult> results = status == RequestStatus.PROCESSED ? results() : List.of();
            SeededRequest request = new SeededRequest(id, status, contract(), message(id, results), results,
                    received, status == RequestStatus.PENDING ? null : received.plus(PROCESSING_TIME), null);
            if (request.applied()) {
                lastApplied = request;
            }
            return request;
        }

        private RequestStatus status() {
            double roll = random.nextDouble();
            if (roll < 0.02) {
                return lastApplied == null ? RequestStatus.PROCESSED : RequestStatus.REPEATED;
            }
            if (roll < 0.025) {
                return RequestStatus.PENDING;
            }
            return roll < 0.03 ? RequestStatus.FAILED : RequestStatus.PROCESSED;
        }

        private Contract contract() {
            double roll = random.nextDouble();
            return roll < 0.7 ? Contract.M2_SOAP : roll < 0.9 ? Contract.M2_REST : Contract.M1_SOAP;
        }

        /** Per line: 94% applied, 3% Duplicate, 2% Superseded, 1% Failure. */
        private List<LineResult> results() {
            List<LineResult> results = new ArrayList<>(LINES);
            for (int i = 0; i < LINES; i++) {
                double roll = random.nextDouble();
                results.add(roll < 0.94 ? LineResult.SUCCESS : roll < 0.97 ? LineResult.DUPLICATE
                        : roll < 0.99 ? LineResult.SUPERSEDED : LineResult.FAILURE);
            }
            return results;
        }

        /** The message id is the request id; a Failure line is one whose figure is out of range. */
        private PushMessage message(long id, List<LineResult> results) {
            List<PushMessage.SkuUpdate> updates = new ArrayList<>(LINES);
            for (int i = 0; i < LINES; i++) {
                boolean failure = !results.isEmpty() && results.get(i) == LineResult.FAILURE;
                updates.add(new PushMessage.SkuUpdate(String.format("SKU-%06d", 1 + random.nextInt(SKUS)),
                        failure ? OUT_OF_RANGE : BigDecimal.valueOf(random.nextInt(500)), id * 10 + i));
            }
            return new PushMessage(id, updates);
        }
    }
}
