package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.inventoryimport.platform.query.Ordering;
import dev.inventoryimport.platform.query.Page;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class LazyRowsTest {

    private record Row(long id) {
    }

    private Ordering asked;
    private Page askedPage;

    private final LazyRows<Row> rows = new LazyRows<>(() -> 5_000_000_000L, (ordering, page) -> {
        asked = ordering;
        askedPage = page;
        return List.of(new Row(7), new Row(8));
    }, r -> Long.toString(r.id()));

    @Test
    void passesTheGridsSortAndPageToTheSearch() {
        Map<String, SortMeta> sort = new LinkedHashMap<>();
        sort.put("messageId", SortMeta.builder().field("messageId").order(SortOrder.ASCENDING).build());
        rows.load(40, 20, sort, Map.of());
        assertEquals(new Ordering("messageId", true), asked);
        assertEquals(new Page(40, 20), askedPage);
    }

    @Test
    void withoutSortTheSearchDefaultApplies() {
        rows.load(0, 20, Map.of(), Map.of());
        assertEquals(new Ordering(null, false), asked);
    }

    @Test
    void boundsPageSizesAndCounts() {
        rows.load(-5, 100_000, Map.of(), Map.of());
        assertEquals(new Page(0, Page.MAX_SIZE), askedPage);
        assertEquals(Integer.MAX_VALUE, rows.count(Map.of()));
    }

    @Test
    void findsSelectedRowsByKeyInTheLoadedPage() {
        rows.load(0, 20, Map.of(), Map.of());
        assertEquals(new Row(8), rows.getRowData("8"));
        assertEquals("7", rows.getRowKey(new Row(7)));
        assertEquals(null, rows.getRowData("9"));
    }
}
