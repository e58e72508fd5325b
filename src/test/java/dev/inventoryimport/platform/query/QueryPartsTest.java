package dev.inventoryimport.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class QueryPartsTest {

    private static final Map<String, String> SORTABLE = Map.of("id", "r.id", "messageId", "r.messageId");

    @Test
    void leavesOutCriteriaWithoutValueAndBindsTheRest() {
        Where where = new Where().atLeast("r.id", 5L).atMost("r.id", null).equal("r.status", "PENDING")
                .when(false, "r.x > 0").when(true, "r.failures > 0");
        assertEquals(" WHERE r.id >= :p0 AND r.status = :p1 AND r.failures > 0", where.jpql());
        assertEquals(Map.of("p0", 5L, "p1", "PENDING"), where.parameters());
        assertEquals("", new Where().equal("r.id", null).jpql());
    }

    @Test
    void prefixesMatchLiterallyEvenWithWildcards() {
        Where where = new Where().startsWith("s.sku", "50%_off!");
        assertEquals(" WHERE s.sku LIKE :p0 ESCAPE '!'", where.jpql());
        assertEquals("50!%!_off!!%", where.parameters().get("p0"));
    }

    @Test
    void sortsOnlyByAllowedColumnsWithTheIdAsTieBreaker() {
        Ordering fallback = Ordering.descending("id");
        assertEquals(" ORDER BY r.messageId ASC, r.id ASC",
                new Ordering("messageId", true).jpql(SORTABLE, "r.id", fallback));
        assertEquals(" ORDER BY r.id DESC", new Ordering("id; DROP TABLE x", true).jpql(SORTABLE, "r.id", fallback));
        assertEquals(" ORDER BY r.id DESC", new Ordering(null, true).jpql(SORTABLE, "r.id", fallback));
    }

    @Test
    void pagesAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> new Page(-1, 20));
        assertThrows(IllegalArgumentException.class, () -> new Page(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Page(0, Page.MAX_SIZE + 1));
    }
}
