package dev.inventoryimport.intake.rest;

import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.inventoryimport.intake.IntakeService;
import dev.inventoryimport.intake.ReadBody;
import dev.inventoryimport.platform.Json;
import dev.inventoryimport.platform.JsonAnswers;
import dev.inventoryimport.platform.LogContext;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.InventoryPush;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The REST twin of the push, {@code POST /rest/V1/orderflow/inventory} (also under the store code
 * {@code default}, see {@link DefaultStoreInventoryPushResource}). Answers the JSON string
 * {@code "Success - Message 71 Received"}.
 */
@Path("V1/orderflow/inventory")
public class InventoryPushResource {

    private static final Logger LOG = Logger.getLogger(InventoryPushResource.class.getName());

    @Inject
    IntakeService intake;

    @POST
    @CountedPush
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response push(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return receive(body, length, contentType);
    }

    private Response receive(InputStream body, Long length, String contentType) {
        ReadBody<InventoryPush> read = ReadBody.read(() -> body, length == null ? -1 : length,
                intake.maxBodyBytes(), intake.maxLines(), Magento2JsonReader::read);
        if (read.refused()) {
            return error(Response.Status.fromStatusCode(read.status()), read.refusal());
        }
        InventoryPush push = read.value();
        byte[] bytes = read.bytes();
        try {
            IntakeService.Receipt receipt = intake.store(Contract.M2_REST, contentType, bytes, push);
            // A JSON string, written by JSON-P: JAX-RS would write a String entity as it stands, unquoted.
            return Response.ok(Json.provider().createValue(receipt.answer()).toString())
                    .header("X-Request-Id", receipt.requestId())
                    .build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogContext.tag(null, push.messageId()) + "Push not stored", e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "30")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new JsonAnswers.Message("Service temporarily unavailable; nothing was stored, please retry"))
                    .build();
        }
    }

    private static Response error(Response.Status status, String text) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new JsonAnswers.Message(text)).build();
    }
}
