package dev.inventoryimport.adjustment;

import dev.inventoryimport.settings.RuntimeSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The storefront's orders: {@code PUT/GET /rest/V1/orderflow/orders/{orderId}} (bearer token, JSON). */
@Path("V1/orderflow/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class OrderFeedResource {

    @Inject
    FeedService feed;

    @Inject
    RuntimeSettings settings;

    @PUT
    @Path("{orderId}")
    public Response put(@PathParam("orderId") String orderId, String body) {
        try {
            String id = FeedDocuments.id("orderId", orderId);
            OrderDocument d = FeedDocuments.order(body, settings.adjustment().storeZone());
            return FeedAnswers.outcome("order_id", id, feed.putOrder(id, d));
        } catch (FeedDocuments.Invalid e) {
            return FeedAnswers.message(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Path("{orderId}")
    public Response get(@PathParam("orderId") String orderId) {
        return FeedAnswers.found("order", orderId, feed.order(orderId), d -> FeedDocuments.json("order_id", orderId, d));
    }
}
