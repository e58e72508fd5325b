package dev.inventoryimport.adjustment;

import java.time.ZoneId;
import java.util.Optional;

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

/**
 * A storefront feed as its resource serves it ({@code PUT/GET .../{id}}, bearer token, JSON): the
 * PUT reads a document in the store's time zone and records it, the GET shows the recorded one.
 * Orders and carts differ only in their names, their document and how it is stored, which a
 * subclass supplies.
 *
 * @param <D> the feed's document
 */
public abstract class FeedResource<D> {

    /** Reads a document sent for this feed. */
    @FunctionalInterface
    protected interface Parser<D> {
        D parse(String json, ZoneId storeZone) throws FeedDocuments.Invalid;
    }

    /** Records a document under its id. */
    @FunctionalInterface
    protected interface Store<D> {
        FeedService.Outcome put(FeedService feed, String id, D document);
    }

    /** Finds the recorded document of an id. */
    @FunctionalInterface
    protected interface Find<D> {
        Optional<D> find(FeedService feed, String id);
    }

    /** A recorded document as the GET shows it: a record JSON-B writes. */
    @FunctionalInterface
    protected interface View<D> {
        Object answer(String id, D document);
    }

    /** What a PUT did, as it answers: a record JSON-B writes. */
    @FunctionalInterface
    protected interface Recorded {
        Object answer(String id, String result, String message);
    }

    /**
     * What sets a feed apart.
     *
     * @param kind        what a document is called in answers ({@code order})
     * @param idParameter the id's name in the path, as refusals name it ({@code orderId})
     */
    protected record FeedType<D>(String kind, String idParameter, Parser<D> parser, Store<D> store, Find<D> find,
                                 View<D> view, Recorded recorded) {
    }

    @Inject
    FeedService feed;

    @Inject
    RuntimeSettings settings;

    private final FeedType<D> type;

    protected FeedResource(FeedType<D> type) {
        this.type = type;
    }

    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.WILDCARD)
    public Response put(@PathParam("id") String rawId, String body) {
        try {
            String id = FeedDocuments.id(type.idParameter(), rawId);
            D document = type.parser().parse(body, settings.adjustment().storeZone());
            return FeedAnswers.outcome(id, type.store().put(feed, id, document), type.recorded());
        } catch (FeedDocuments.Invalid e) {
            return FeedAnswers.message(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return FeedAnswers.found(type.kind(), id, type.find().find(feed, id), d -> type.view().answer(id, d));
    }
}
