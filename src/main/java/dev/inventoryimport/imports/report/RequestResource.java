package dev.inventoryimport.imports.report;

import dev.inventoryimport.imports.Import;
import dev.inventoryimport.platform.Json;
import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.requests.Request;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where a push stands: {@code GET /rest/V1/orderflow/requests/{id}} and {@code ?messageId=71}. */
@Path("V1/orderflow/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    RequestReports requests;

    @GET
    @Path("{requestId: [0-9]{1,18}}")
    public Response byId(@PathParam("requestId") long requestId) {
        return requests.byId(requestId)
                .map(r -> Response.ok(json(r).build().toString()).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Json.provider().createObjectBuilder().add("message", "Unknown request " + requestId).build().toString())
                        .build());
    }

    @GET
    public Response byMessageId(@QueryParam("messageId") String messageId) {
        long id;
        try {
            id = Long.parseLong(messageId == null ? "" : messageId.trim());
        } catch (NumberFormatException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Json.provider().createObjectBuilder().add("message", "messageId must be a whole number").build().toString())
                    .build();
        }
        JsonArrayBuilder items = Json.provider().createArrayBuilder();
        requests.byMessageId(id, 1000).forEach(r -> items.add(json(r)));
        return Response.ok(Json.provider().createObjectBuilder().add("items", items).build().toString()).build();
    }

    private static JsonObjectBuilder json(RequestReports.RequestReport report) {
        Request r = report.request();
        Import i = report.report();
        JsonObjectBuilder b = Json.provider().createObjectBuilder()
                .add("request_id", r.id())
                .add("message_id", r.messageId())
                .add("contract", r.contract().name())
                .add("entity", r.entity())
                .add("operation", r.operation())
                .add("status", r.status().label())
                .add("line_count", r.lineCount())
                .add("attempts", r.attempts())
                .add("received_at", UtcClock.iso(r.receivedAt()));
        nullable(b, "repeats_request_id", r.repeatsRequestId());
        nullable(b, "import_id", i == null ? null : i.id());
        nullable(b, "successes", i == null ? null : (long) i.successes());
        nullable(b, "duplicates", i == null ? null : (long) i.duplicates());
        nullable(b, "superseded", i == null ? null : (long) i.superseded());
        nullable(b, "failures", i == null ? null : (long) i.failures());
        if (r.processedAt() == null) {
            b.addNull("processed_at");
        } else {
            b.add("processed_at", UtcClock.iso(r.processedAt()));
        }
        if (r.error() == null) {
            b.addNull("error");
        } else {
            b.add("error", r.error());
        }
        return b;
    }

    private static void nullable(JsonObjectBuilder b, String name, Long value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
