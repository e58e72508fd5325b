package dev.inventoryimport.adjustment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FeedDocumentsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void readsAnOrder() throws Exception {
        OrderDocument d = FeedDocuments.order("{\"status\":\"pending\",\"created_at\":\"2024-02-16 10:00:00\","
                + "\"updated_at\":\"2024-02-16T10:05:00Z\",\"is_virtual\":0,\"exported_at\":null,"
                + "\"items\":[{\"sku\":\"24-MB01\",\"qty\":3},{\"sku\":\"24-MB02\",\"qty\":\"1.5\"}]}", UTC);
        assertEquals("pending", d.status());
        assertEquals(LocalDateTime.parse("2024-02-16T10:00:00"), d.createdAt());
        assertFalse(d.virtual());
        assertNull(d.exportedAt());
        assertEquals(2, d.items().size());
        assertEquals("1.5", d.items().get(1).qty().toPlainString());
    }

    @Test
    void readsAQuote() throws Exception {
        QuoteDocument d = FeedDocuments.quote("{\"is_active\":true,\"updated_at\":\"2024-02-16 10:00:00\","
                + "\"items\":[{\"sku\":\"A\",\"qty\":2}]}", UTC);
        assertTrue(d.active());
        assertEquals(1, d.items().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"created_at\":\"2024-02-16 10:00:00\",\"updated_at\":\"2024-02-16 10:00:00\",\"items\":[]} | status",
            "{\"status\":\"pending\",\"created_at\":\"soon\",\"updated_at\":\"2024-02-16 10:00:00\",\"items\":[]} | created_at",
            "{\"status\":\"pending\",\"created_at\":\"2024-02-16 10:00:00\",\"items\":[]} | updated_at",
            "{\"status\":\"pending\",\"created_at\":\"2024-02-16 10:00:00\",\"updated_at\":\"2024-02-16 10:00:00\"} | items",
            "{\"status\":\"p\",\"created_at\":\"2024-02-16 10:00:00\",\"updated_at\":\"2024-02-16 10:00:00\",\"items\":[{\"qty\":1}]} | items[0].sku",
            "{\"status\":\"p\",\"created_at\":\"2024-02-16 10:00:00\",\"updated_at\":\"2024-02-16 10:00:00\",\"items\":[{\"sku\":\"A\",\"qty\":-1}]} | items[0].qty",
            "{\"status\":\"p\",\"created_at\":\"2024-02-16 10:00:00\",\"updated_at\":\"2024-02-16 10:00:00\",\"items\":[{\"sku\":\"A\",\"qty\":\"x\"}]} | items[0].qty",
            "{\"status\":\"p\",\"created_at\":\"2024-02-16 10:00:00\",\"updated_at\":\"2024-02-16 10:00:00\",\"is_virtual\":\"no\",\"items\":[]} | is_virtual",
            "[1,2] | JSON object",
            "{\"status\": | not valid JSON"})
    void badOrdersNameTheField(String json, String field) {
        FeedDocuments.Invalid e = assertThrows(FeedDocuments.Invalid.class, () -> FeedDocuments.order(json, UTC));
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void aQuoteNeedsItsActiveFlag() {
        FeedDocuments.Invalid e = assertThrows(FeedDocuments.Invalid.class,
                () -> FeedDocuments.quote("{\"updated_at\":\"2024-02-16 10:00:00\",\"items\":[]}", UTC));
        assertTrue(e.getMessage().contains("is_active"));
    }
}
