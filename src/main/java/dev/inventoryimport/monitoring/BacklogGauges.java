package dev.inventoryimport.monitoring;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import dev.inventoryimport.platform.UtcClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The backlog on {@code /metrics}: {@code inventory_pending_requests} and
 * {@code inventory_oldest_pending_age_seconds}. Both come from one indexed query, made at most
 * every {@link #REUSE_FOR} however often and by however many scrapers the endpoint is read, and
 * bounded by {@link #LIMIT}. A scrape never fails for it: while the database does not answer,
 * both read NaN ("unknown", not a misleading 0).
 */
@ApplicationScoped
public class BacklogGauges {

    static final String PENDING = "inventory_pending_requests";
    static final String OLDEST_AGE = "inventory_oldest_pending_age";
    static final Duration LIMIT = Duration.ofSeconds(2);
    static final Duration REUSE_FOR = Duration.ofSeconds(2);

    @Inject
    MetricRegistry registry;

    @Inject
    Probes probes;

    private BoundedCall<Backlog> backlog;

    /** Registered at start-up, so the gauges are there before anything reads them. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        backlog = new BoundedCall<>(LIMIT, REUSE_FOR, probes::backlog);
        registry.gauge(Metadata.builder().withName(PENDING)
                        .withDescription("Requests stored and not yet imported (Pending); NaN while the database does not answer")
                        .build(),
                this, gauge(b -> b.pending()));
        registry.gauge(Metadata.builder().withName(OLDEST_AGE).withUnit(MetricUnits.SECONDS)
                        .withDescription("Age of the oldest Pending request (0: none); NaN while the database does not answer")
                        .build(),
                this, gauge(b -> b.oldestAgeSeconds(UtcClock.now())));
    }

    private static Function<BacklogGauges, Double> gauge(ToDoubleFunction<Backlog> figure) {
        return self -> {
            BoundedCall.Result<Backlog> result = self.backlog.get();
            return result.ok() ? figure.applyAsDouble(result.value()) : Double.NaN;
        };
    }
}
