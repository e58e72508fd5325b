package dev.inventoryimport.imports;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What imports did, for {@code /metrics} (application scope): lines by result, requests by how
 * their import ended, the time an import took, and the retries after a conflict. Recorded by
 * {@link ImportRunner} only once an attempt has committed (or for good failed), so a rolled-back
 * attempt is never counted. Every series exists from the start, at 0, so a rate is defined at once.
 */
@ApplicationScoped
public class ImportMetrics {

    static final String LINES = "inventory_import_lines";
    static final String REQUESTS = "inventory_imports";
    static final String DURATION = "inventory_import_duration";
    static final String CONFLICT_RETRIES = "inventory_import_conflict_retries";

    /** How the import of a request ended. */
    enum End { PROCESSED, REPEATED, FAILED, LEFT_PENDING }

    @Inject
    MetricRegistry registry;

    private final Map<LineResult, Counter> lines = new EnumMap<>(LineResult.class);
    private final Map<End, Counter> ends = new EnumMap<>(End.class);
    private Timer duration;
    private Counter conflictRetries;

    /**
     * Created at start-up (this observer makes the container create the bean then), so every series
     * is on {@code /metrics} before the first push; registered on creation, whatever creates it first.
     */
    void createdAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing more: creating the bean registered the series
    }

    @PostConstruct
    void register() {
        Metadata linesMeta = Metadata.builder().withName(LINES)
                .withDescription("Lines of committed imports, by result").build();
        for (LineResult r : LineResult.values()) {
            lines.put(r, registry.counter(linesMeta, new Tag("result", tagValue(r))));
        }
        Metadata endsMeta = Metadata.builder().withName(REQUESTS)
                .withDescription("Requests whose import ended: processed, repeated (message id applied before),"
                        + " failed, or left Pending for the sweeper (database or broker away, conflicts)").build();
        for (End e : End.values()) {
            ends.put(e, registry.counter(endsMeta, new Tag("outcome", tagValue(e))));
        }
        // The unit said explicitly: Payara then scales every figure of the timer to seconds (unsaid,
        // its quantiles, mean and max came out in nanoseconds beside buckets and sum in seconds).
        duration = registry.timer(Metadata.builder().withName(DURATION).withUnit(MetricUnits.NANOSECONDS)
                .withDescription("From a trigger's arrival to the commit of its request's import, retries included")
                .build());
        conflictRetries = registry.counter(Metadata.builder().withName(CONFLICT_RETRIES)
                .withDescription("Import attempts retried after losing to a concurrent import (optimistic lock,"
                        + " deadlock, concurrent first insert)").build());
    }

    void processed(ImportPlan plan, Duration took) {
        for (LineResult r : LineResult.values()) {
            int n = plan.count(r);
            if (n > 0) {
                lines.get(r).inc(n);
            }
        }
        ends.get(End.PROCESSED).inc();
        duration.update(took);
    }

    void ended(End end) {
        ends.get(end).inc();
    }

    void conflictRetried() {
        conflictRetries.inc();
    }

    /** {@code SUPERSEDED} as {@code superseded}: Prometheus label values, lower case. */
    static String tagValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
