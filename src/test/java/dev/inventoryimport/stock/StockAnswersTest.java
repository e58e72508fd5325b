package dev.inventoryimport.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import dev.inventoryimport.platform.JsonAnswers;
import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;

/** The stock API's answers byte for byte: Magento's field names, their order, nulls written. */
class StockAnswersTest {

    private static final Jsonb JSONB = new JsonAnswers().getContext(Object.class);

    @Test
    void aSkuWithItsSources() {
        var sources = List.of(new StockResource.SourceStock("default", new BigDecimal("90"), true, 10L, "2024-02-16T10:00:00Z"),
                new StockResource.SourceStock("shop", new BigDecimal("0.25"), true, null, "2024-02-16T09:00:00Z"));
        assertEquals("{\"sku\":\"24-MB01\",\"qty\":90.25,\"is_in_stock\":true,\"updated_at\":\"2024-02-16T10:00:00Z\","
                + "\"sources\":[{\"source\":\"default\",\"qty\":90,\"is_in_stock\":true,\"sequence_id\":10,"
                + "\"updated_at\":\"2024-02-16T10:00:00Z\"},{\"source\":\"shop\",\"qty\":0.25,\"is_in_stock\":true,"
                + "\"sequence_id\":null,\"updated_at\":\"2024-02-16T09:00:00Z\"}]}",
                JSONB.toJson(new StockResource.SkuStock("24-MB01", new BigDecimal("90.25"), true, "2024-02-16T10:00:00Z", sources)));
    }

    @Test
    void aPageOfChanges() {
        var change = new StockResource.Change("A", "default", Quantities.plain(new BigDecimal("100.0000")), true, 3L,
                "2024-02-16T10:00:00Z");
        assertEquals("{\"items\":[{\"sku\":\"A\",\"source\":\"default\",\"qty\":100,\"is_in_stock\":true,"
                + "\"sequence_id\":3,\"updated_at\":\"2024-02-16T10:00:00Z\"}],\"next_cursor\":null}",
                JSONB.toJson(new StockResource.ChangesPage(List.of(change), null)));
    }
}
