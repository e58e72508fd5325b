package dev.inventoryimport.adjustment;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The storefront's feed of orders and carts: {@code PUT/GET /rest/V1/orderflow/orders/{orderId}}
 * and {@code PUT/GET /rest/V1/orderflow/quotes/{quoteId}} (bearer token, JSON).
 */
@Path("V1/orderflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class FeedResource {

    @Inject
    FeedService feed;

    @Inject
    RuntimeSettings settings;

    @PUT
    @Path("orders/{orderId}")
    public Response putOrder(@PathParam("orderId") String orderId, String body) {
        try {
            String id = FeedDocuments.id("orderId", orderId);
            OrderDocument d = FeedDocuments.order(body, settings.adjustment().storeZone());
            return outcome("order_id", id, feed.putOrder(id, d));
        } catch (FeedDocuments.Invalid e) {
            return message(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @PUT
    @Path("quotes/{quoteId}")
    public Response putQuote(@PathParam("quoteId") String quoteId, String body) {
        try {
            String id = FeedDocuments.id("quoteId", quoteId);
            QuoteDocument d = FeedDocuments.quote(body, settings.adjustment().storeZone());
            return outcome("quote_id", id, feed.putQuote(id, d));
        } catch (FeedDocuments.Invalid e) {
            return message(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Path("orders/{orderId}")
    public Response getOrder(@PathParam("orderId") String orderId) {
        return found("order", orderId, feed.order(orderId), d -> FeedDocuments.json("order_id", orderId, d));
    }

    @GET
    @Path("quotes/{quoteId}")
    public Response getQuote(@PathParam("quoteId") String quoteId) {
        return found("quote", quoteId, feed.quote(quoteId), d -> FeedDocuments.json("quote_id", quoteId, d));
    }

    private static <T> Response found(String kind, String id, Optional<T> doc, Function<T, String> json) {
        return doc.map(d -> Response.ok(json.apply(d)).build())
                .orElseGet(() -> message(Response.Status.NOT_FOUND, "Unknown " + kind + " " + id));
    }

    private static Response outcome(String idName, String id, FeedService.Outcome outcome) {
        String message = switch (outcome) {
            case CREATED -> "recorded";
            case UPDATED -> "updated";
            case UNCHANGED -> "unchanged: the same document was already recorded";
            case IGNORED_OLDER -> "ignored: older than the recorded document (updated_at)";
        };
        return Response.ok(Json.createObjectBuilder().add(idName, id)
                .add("result", outcome.name().toLowerCase(Locale.ROOT)).add("message", message).build().toString()).build();
    }

    private static Response message(Response.Status status, String text) {
        return Response.status(status).entity(Json.createObjectBuilder().add("message", text).build().toString()).build();
    }
}
