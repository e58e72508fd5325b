package dev.inventoryimport.stock;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import dev.inventoryimport.platform.Json;
import dev.inventoryimport.platform.UtcClock;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Stock as storefronts read it, shaped like Magento's {@code GET /rest/V1/stockItems/{sku}}, plus
 * a paged changes feed ({@code GET /rest/V1/stockItems?updatedSince=...}) for mirroring.
 */
@Path("V1/stockItems")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    private static final int MAX_PAGE = 1000;

    @Inject
    StockQueries stock;

    @GET
    @Path("{sku: .+}")
    public Response bySku(@PathParam("sku") String sku) {
        List<StockItem> rows = stock.bySku(sku);
        if (rows.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "Unknown SKU " + sku);
        }
        BigDecimal total = BigDecimal.ZERO;
        LocalDateTime updated = null;
        JsonArrayBuilder sources = Json.provider().createArrayBuilder();
        for (StockItem row : rows) {
            total = total.add(row.quantity());
            updated = updated == null || row.updatedAt().isAfter(updated) ? row.updatedAt() : updated;
            sources.add(Json.provider().createObjectBuilder()
                    .add("source", row.source())
                    .add("qty", Quantities.plain(row.quantity()))
                    .add("is_in_stock", row.inStock())
                    .add("sequence_id", row.sequenceId() == null ? null : Json.provider().createValue(row.sequenceId()))
                    .add("updated_at", UtcClock.iso(row.updatedAt())));
        }
        JsonObject body = Json.provider().createObjectBuilder()
                .add("sku", sku)
                .add("qty", Quantities.plain(total))
                .add("is_in_stock", total.signum() > 0)
                .add("updated_at", UtcClock.iso(updated))
                .add("sources", sources)
                .build();
        return Response.ok(body.toString()).build();
    }

    @GET
    public Response changes(@QueryParam("updatedSince") String updatedSince, @QueryParam("pageSize") Integer pageSize,
                            @QueryParam("cursor") String cursor) {
        if (updatedSince == null || updatedSince.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "updatedSince is required (ISO-8601, e.g. 2024-02-16T10:00:00Z)");
        }
        LocalDateTime since;
        try {
            since = parseInstant(updatedSince);
        } catch (DateTimeParseException e) {
            return error(Response.Status.BAD_REQUEST, "updatedSince is not an ISO-8601 date-time: " + updatedSince);
        }
        int size = pageSize == null ? 100 : pageSize;
        if (size < 1 || size > MAX_PAGE) {
            return error(Response.Status.BAD_REQUEST, "pageSize must be from 1 to " + MAX_PAGE);
        }
        Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = Cursor.decode(cursor);
            if (after == null) {
                return error(Response.Status.BAD_REQUEST, "cursor is not one this API gave out");
            }
            since = after.updatedAt();
        }
        List<StockItem> rows = stock.changedAfter(since, after == null ? null : after.sku(),
                after == null ? null : after.source(), size);
        JsonArrayBuilder items = Json.provider().createArrayBuilder();
        rows.forEach(r -> items.add(item(r)));
        JsonObjectBuilder body = Json.provider().createObjectBuilder().add("items", items);
        if (rows.size() == size) {
            StockItem last = rows.get(rows.size() - 1);
            body.add("next_cursor", new Cursor(last.updatedAt(), last.sku(), last.source()).encode());
        } else {
            body.addNull("next_cursor");
        }
        return Response.ok(body.build().toString()).build();
    }

    private static JsonObjectBuilder item(StockItem r) {
        return Json.provider().createObjectBuilder()
                .add("sku", r.sku())
                .add("source", r.source())
                .add("qty", Quantities.plain(r.quantity()))
                .add("is_in_stock", r.inStock())
                .add("sequence_id", r.sequenceId() == null ? null : Json.provider().createValue(r.sequenceId()))
                .add("updated_at", UtcClock.iso(r.updatedAt()));
    }

    private static LocalDateTime parseInstant(String text) {
        try {
            return LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Json.provider().createObjectBuilder().add("message", message).build().toString())
                .build();
    }

    /** The position after the last row of a page: its update time, SKU and source. */
    record Cursor(LocalDateTime updatedAt, String sku, String source) {

        String encode() {
            String raw = updatedAt + "\n" + sku + "\n" + source;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\n", -1);
                return parts.length == 3 ? new Cursor(LocalDateTime.parse(parts[0]), parts[1], parts[2]) : null;
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return null;
            }
        }
    }
}
