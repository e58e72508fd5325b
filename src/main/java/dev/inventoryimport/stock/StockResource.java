package dev.inventoryimport.stock;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.inventoryimport.platform.JsonAnswers;
import dev.inventoryimport.platform.UtcClock;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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

    /** A SKU's stock: the total over its sources, and each source. */
    @JsonbPropertyOrder({"sku", "qty", "isInStock", "updatedAt", "sources"})
    public record SkuStock(String sku, BigDecimal qty, boolean isInStock, String updatedAt, List<SourceStock> sources) {
    }

    /** One source's row of a SKU. */
    @JsonbPropertyOrder({"source", "qty", "isInStock", "sequenceId", "updatedAt"})
    public record SourceStock(String source, BigDecimal qty, boolean isInStock, Long sequenceId, String updatedAt) {
    }

    /** One row of the changes feed. */
    @JsonbPropertyOrder({"sku", "source", "qty", "isInStock", "sequenceId", "updatedAt"})
    public record Change(String sku, String source, BigDecimal qty, boolean isInStock, Long sequenceId,
                         String updatedAt) {

        static Change of(StockItem r) {
            return new Change(r.sku(), r.source(), Quantities.plain(r.quantity()), r.inStock(), r.sequenceId(),
                    UtcClock.iso(r.updatedAt()));
        }
    }

    /** A page of the changes feed; {@code nextCursor} is null on the last page. */
    public record ChangesPage(List<Change> items, String nextCursor) {
    }

    @GET
    @Path("{sku: .+}")
    public Response bySku(@PathParam("sku") String sku) {
        List<StockItem> rows = stock.bySku(sku);
        if (rows.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "Unknown SKU " + sku);
        }
        BigDecimal total = BigDecimal.ZERO;
        LocalDateTime updated = null;
        List<SourceStock> sources = new ArrayList<>();
        for (StockItem row : rows) {
            total = total.add(row.quantity());
            updated = updated == null || row.updatedAt().isAfter(updated) ? row.updatedAt() : updated;
            sources.add(new SourceStock(row.source(), Quantities.plain(row.quantity()), row.inStock(), row.sequenceId(),
                    UtcClock.iso(row.updatedAt())));
        }
        return Response.ok(new SkuStock(sku, Quantities.plain(total), total.signum() > 0, UtcClock.iso(updated), sources))
                .build();
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
        StockItem last = rows.size() == size ? rows.get(rows.size() - 1) : null;
        return Response.ok(new ChangesPage(rows.stream().map(Change::of).toList(),
                last == null ? null : new Cursor(last.updatedAt(), last.sku(), last.source()).encode())).build();
    }

    private static LocalDateTime parseInstant(String text) {
        try {
            return LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(new JsonAnswers.Message(message)).build();
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
