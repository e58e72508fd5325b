package dev.inventoryimport.adjustment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import dev.inventoryimport.platform.JsonAnswers;
import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;

/** The feed's answers byte for byte: the fields, their order, nulls written, quantities plain. */
class FeedJsonTest {

    private static final Jsonb JSONB = new JsonAnswers().getContext(Object.class);
    private static final List<ItemUnits> ITEMS = List.of(new ItemUnits("24-MB01", new BigDecimal("3.0000")),
            new ItemUnits("24-MB02", new BigDecimal("1.5000")));

    @Test
    void anOrder() {
        OrderDocument d = new OrderDocument("pending", LocalDateTime.parse("2024-02-16T10:00:00"),
                LocalDateTime.parse("2024-02-16T10:05:00.123456"), false, null, ITEMS);
        assertEquals("{\"order_id\":\"100000001\",\"status\":\"pending\",\"created_at\":\"2024-02-16T10:00:00Z\","
                + "\"updated_at\":\"2024-02-16T10:05:00.123456Z\",\"is_virtual\":false,\"exported_at\":null,"
                + "\"items\":[{\"sku\":\"24-MB01\",\"qty\":3},{\"sku\":\"24-MB02\",\"qty\":1.5}]}",
                JSONB.toJson(FeedJson.Order.of("100000001", d)));
    }

    @Test
    void aQuote() {
        QuoteDocument d = new QuoteDocument(true, LocalDateTime.parse("2024-03-01T11:00:00"), ITEMS.subList(0, 1));
        assertEquals("{\"quote_id\":\"6001\",\"is_active\":true,\"updated_at\":\"2024-03-01T11:00:00Z\","
                + "\"items\":[{\"sku\":\"24-MB01\",\"qty\":3}]}", JSONB.toJson(FeedJson.Quote.of("6001", d)));
    }

    @Test
    void whatAPutDid() {
        assertEquals("{\"order_id\":\"7\",\"result\":\"ignored_older\",\"message\":\"ignored: older\"}",
                JSONB.toJson(new FeedJson.OrderRecorded("7", "ignored_older", "ignored: older")));
        assertEquals("{\"quote_id\":\"8\",\"result\":\"created\",\"message\":\"recorded\"}",
                JSONB.toJson(new FeedJson.QuoteRecorded("8", "created", "recorded")));
        assertEquals("{\"message\":\"Unknown order \\\"x\\\"\"}", JSONB.toJson(new JsonAnswers.Message("Unknown order \"x\"")));
    }
}
