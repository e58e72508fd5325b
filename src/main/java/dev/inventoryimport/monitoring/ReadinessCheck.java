package dev.inventoryimport.monitoring;

import java.time.Duration;

import dev.inventoryimport.platform.database.SchemaState;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: DOWN (HTTP 503) while the schema is not migrated or the database or the
 * broker does not answer, so a load balancer sends pushes elsewhere rather than have them refused
 * with 503 here. The two probes run at once; the check answers within {@link #LIMIT} even when
 * one of them hangs.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    static final Duration LIMIT = Duration.ofSeconds(2);

    @Inject
    Probes probes;

    @Inject
    SchemaState schema;

    private BoundedCall<Boolean> database;
    private BoundedCall<Boolean> broker;

    @PostConstruct
    void init() {
        database = new BoundedCall<>(LIMIT, Duration.ZERO, probes::database);
        broker = new BoundedCall<>(LIMIT, Duration.ZERO, probes::broker);
    }

    @Override
    public HealthCheckResponse call() {
        BoundedCall<Boolean>.Waiting db = database.begin();
        BoundedCall<Boolean>.Waiting jms = broker.begin();
        ReadinessVerdict readiness = ReadinessVerdict.of(schema.version(), db.result(), jms.result());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("inventory-import").status(readiness.up());
        readiness.data().forEach(response::withData);
        return response.build();
    }
}
