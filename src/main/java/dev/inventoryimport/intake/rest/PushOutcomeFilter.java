package dev.inventoryimport.intake.rest;

import dev.inventoryimport.intake.PushMetrics;
import dev.inventoryimport.requests.Contract;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts every answer of the REST push by its status. A response filter rather than calls in the
 * resource, because the answer may come from elsewhere: the token filter's 401 for one.
 */
@Provider
@CountedPush
public class PushOutcomeFilter implements ContainerResponseFilter {

    @Inject
    PushMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        metrics.answered(Contract.M2_REST, response.getStatus());
    }
}
