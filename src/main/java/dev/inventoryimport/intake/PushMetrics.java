package dev.inventoryimport.intake;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.inventoryimport.requests.Contract;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Pushes answered, by contract and HTTP status, for {@code /metrics} (application scope):
 * {@code inventory_pushes_total{contract="m2_soap",status="200"}}. 200 is an acknowledged push;
 * 400, 401 and 413 a refused one (nothing stored); 503 one the database or broker could not take.
 * The usual series exist from the start at 0; any other status gets its series when first seen.
 */
@ApplicationScoped
public class PushMetrics {

    static final String PUSHES = "inventory_pushes";
    /** The answers of the answers table (docs/contracts.md), registered up front. */
    static final List<Integer> USUAL_STATUSES = List.of(200, 400, 401, 413, 503);

    private static final Metadata METADATA = Metadata.builder().withName(PUSHES)
            .withDescription("Pushes answered, by contract and HTTP status (200: acknowledged)").build();

    @Inject
    MetricRegistry registry;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * Created at start-up (this observer makes the container create the bean then), so every series
     * is on {@code /metrics} before the first push; registered on creation, whatever creates it first.
     */
    void createdAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing more: creating the bean registered the series
    }

    @PostConstruct
    void register() {
        for (Contract contract : Contract.values()) {
            for (int status : USUAL_STATUSES) {
                counter(contract, status);
            }
        }
    }

    public void answered(Contract contract, int status) {
        counter(contract, status).inc();
    }

    private Counter counter(Contract contract, int status) {
        String contractTag = contractTag(contract);
        return counters.computeIfAbsent(contractTag + "/" + status, k -> registry.counter(METADATA,
                new Tag("contract", contractTag), new Tag("status", Integer.toString(status))));
    }

    /** {@code M2_SOAP} as {@code m2_soap}. */
    static String contractTag(Contract contract) {
        return contract.name().toLowerCase(Locale.ROOT);
    }
}
