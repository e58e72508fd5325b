package dev.inventoryimport.adjustment;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.inventoryimport.platform.JsonAnswers;
import jakarta.ws.rs.core.Response;

/** The feed's answers, alike for orders and carts. */
final class FeedAnswers {

    private FeedAnswers() {
    }

    static <T> Response found(String kind, String id, Optional<T> doc, Function<T, Object> answer) {
        return doc.map(d -> Response.ok(answer.apply(d)).build())
                .orElseGet(() -> message(Response.Status.NOT_FOUND, "Unknown " + kind + " " + id));
    }

    static Response outcome(String id, FeedService.Outcome outcome, FeedResource.Recorded recorded) {
        String message = switch (outcome) {
            case CREATED -> "recorded";
            case UPDATED -> "updated";
            case UNCHANGED -> "unchanged: the same document was already recorded";
            case IGNORED_OLDER -> "ignored: older than the recorded document (updated_at)";
        };
        return Response.ok(recorded.answer(id, outcome.name().toLowerCase(Locale.ROOT), message)).build();
    }

    static Response message(Response.Status status, String text) {
        return Response.status(status).entity(new JsonAnswers.Message(text)).build();
    }
}
