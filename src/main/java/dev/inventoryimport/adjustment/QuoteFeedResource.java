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

/** The storefront's carts: {@code PUT/GET /rest/V1/orderflow/quotes/{quoteId}} (bearer token, JSON). */
@Path("V1/orderflow/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class QuoteFeedResource {

    @Inject
    FeedService feed;

    @Inject
    RuntimeSettings settings;

    @PUT
    @Path("{quoteId}")
    public Response put(@PathParam("quoteId") String quoteId, String body) {
        try {
            String id = FeedDocuments.id("quoteId", quoteId);
            QuoteDocument d = FeedDocuments.quote(body, settings.adjustment().storeZone());
            return FeedAnswers.outcome("quote_id", id, feed.putQuote(id, d));
        } catch (FeedDocuments.Invalid e) {
            return FeedAnswers.message(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Path("{quoteId}")
    public Response get(@PathParam("quoteId") String quoteId) {
        return FeedAnswers.found("quote", quoteId, feed.quote(quoteId), d -> FeedDocuments.json("quote_id", quoteId, d));
    }
}
