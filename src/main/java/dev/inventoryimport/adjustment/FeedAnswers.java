package dev.inventoryimport.adjustment;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.inventoryimport.platform.Json;
import jakarta.ws.rs.core.Response;

/** The feed's answers, alike for orders and carts. */
final class FeedAnswers {

    private FeedAnswers() {
    }

    static <T> Response found(String kind, String id, Optional<T> doc, Function<T, String> json) {
        return doc.map(d -> Response.ok(json.apply(d)).build())
                .orElseGet(() -> message(Response.Status.NOT_FOUND, "Unknown " + kind + " " + id));
    }

    static Response outcome(String idName, String id, FeedService.Outcome outcome) {
        String message = switch (outcome) {
            case CREATED -> "recorded";
            case UPDATED -> "updated";
            case UNCHANGED -> "unchanged: the same document was already recorded";
            case IGNORED_OLDER -> "ignored: older than the recorded document (updated_at)";
        };
        return Response.ok(Json.provider().createObjectBuilder().add(idName, id)
                .add("result", outcome.name().toLowerCase(Locale.ROOT)).add("message", message).build().toString()).build();
    }

    static Response message(Response.Status status, String text) {
        return Response.status(status).entity(Json.provider().createObjectBuilder().add("message", text).build().toString()).build();
    }
}
