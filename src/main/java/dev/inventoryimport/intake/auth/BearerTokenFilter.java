package dev.inventoryimport.intake.auth;

import dev.inventoryimport.platform.JsonAnswers;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST resource of the service needs the bearer token: pushes, feeds and reads alike.
 * Checked before the body is read, so an anonymous caller cannot make us read megabytes.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    @Inject
    ApiTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!tokens.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new JsonAnswers.Message("A valid bearer token is required (Authorization: Bearer <token>)"))
                    .build());
        }
    }
}
