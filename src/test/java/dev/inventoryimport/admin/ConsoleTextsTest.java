package dev.inventoryimport.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ConsoleTextsTest {

    @Test
    void agesReadAsOperatorsSayThem() {
        assertEquals("—", DashboardBean.age(null));
        assertEquals("42 s", DashboardBean.age(Duration.ofSeconds(42)));
        assertEquals("3 min 20 s", DashboardBean.age(Duration.ofSeconds(200)));
        assertEquals("2 h 5 min", DashboardBean.age(Duration.ofMinutes(125)));
        assertEquals("1 d 2 h", DashboardBean.age(Duration.ofHours(26)));
    }

    @Test
    void auditSummariesNameFewIdsAndCountTheRest() {
        assertEquals("3, 7, 9", Summaries.ids(List.of(9L, 3L, 7L)));
        String many = Summaries.ids(LongStream.rangeClosed(1, 25).boxed().toList());
        assertEquals("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 and 5 more", many);
    }
}
