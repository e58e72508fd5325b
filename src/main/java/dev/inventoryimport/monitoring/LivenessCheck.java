package dev.inventoryimport.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: the application is deployed and answering. Deliberately blind to the
 * database and the broker: a restart cures neither, and the service recovers from their outages by
 * itself (the sweeper, the pools), so an outage must make instances not ready, never restarted.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("inventory-import").up().build();
    }
}
