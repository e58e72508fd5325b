package dev.inventoryimport.imports.report;

import java.util.List;

import dev.inventoryimport.imports.Import;
import dev.inventoryimport.platform.JsonAnswers;
import dev.inventoryimport.platform.UtcClock;
import dev.inventoryimport.requests.Request;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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

    /** A request as the API shows it; the import's counters are null until it is imported. */
    @JsonbPropertyOrder({"requestId", "messageId", "contract", "entity", "operation", "status", "lineCount",
            "attempts", "receivedAt", "repeatsRequestId", "importId", "successes", "duplicates", "superseded",
            "failures", "processedAt", "error"})
    public record RequestAnswer(long requestId, long messageId, String contract, String entity, String operation,
                                String status, int lineCount, int attempts, String receivedAt, Long repeatsRequestId,
                                Long importId, Integer successes, Integer duplicates, Integer superseded,
                                Integer failures, String processedAt, String error) {

        static RequestAnswer of(RequestReports.RequestReport report) {
            Request r = report.request();
            Import i = report.report();
            return new RequestAnswer(r.id(), r.messageId(), r.contract().name(), r.entity(), r.operation(),
                    r.status().label(), r.lineCount(), r.attempts(), UtcClock.iso(r.receivedAt()), r.repeatsRequestId(),
                    i == null ? null : i.id(), i == null ? null : i.successes(), i == null ? null : i.duplicates(),
                    i == null ? null : i.superseded(), i == null ? null : i.failures(), UtcClock.iso(r.processedAt()),
                    r.error());
        }
    }

    /** Every request of a message id, oldest first. */
    public record RequestList(List<RequestAnswer> items) {
    }

    @GET
    @Path("{requestId: [0-9]{1,18}}")
    public Response byId(@PathParam("requestId") long requestId) {
        return requests.byId(requestId)
                .map(r -> Response.ok(RequestAnswer.of(r)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new JsonAnswers.Message("Unknown request " + requestId)).build());
    }

    @GET
    public Response byMessageId(@QueryParam("messageId") String messageId) {
        long id;
        try {
            id = Long.parseLong(messageId == null ? "" : messageId.trim());
        } catch (NumberFormatException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new JsonAnswers.Message("messageId must be a whole number")).build();
        }
        return Response.ok(new RequestList(requests.byMessageId(id, 1000).stream().map(RequestAnswer::of).toList()))
                .build();
    }
}
