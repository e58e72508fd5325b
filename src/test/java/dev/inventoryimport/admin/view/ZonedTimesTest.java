package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ZonedTimesTest {

    private final ZonedTimes london = new ZonedTimes(ZoneId.of("Europe/London"));

    @Test
    void storedUtcIsShownInTheStoresZoneWinterAndSummer() {
        assertEquals("2024-01-15 10:00:00", london.text(LocalDateTime.of(2024, 1, 15, 10, 0)));
        assertEquals("2024-07-15 11:00:00", london.text(LocalDateTime.of(2024, 7, 15, 10, 0)));
        assertEquals("2024-07-15 11:00:00.123", london.precise(LocalDateTime.of(2024, 7, 15, 10, 0, 0, 123_999_000)));
        assertEquals("2024-07-16 00:30:00", london.text(LocalDateTime.of(2024, 7, 15, 23, 30)), "the date moves too");
        assertEquals("Europe/London", london.label());
    }

    @Test
    void utcShowsAsStored() {
        ZonedTimes utc = new ZonedTimes(ZoneId.of("UTC"));
        assertEquals("2024-07-15 10:00:00", utc.text(LocalDateTime.of(2024, 7, 15, 10, 0)));
        assertEquals("UTC", utc.label());
    }

    @Test
    void aFilterTypedInTheStoresZoneIsReadBackToUtc() {
        assertEquals(LocalDateTime.of(2024, 7, 15, 10, 0), london.toUtc(LocalDateTime.of(2024, 7, 15, 11, 0)));
        assertEquals(LocalDateTime.of(2024, 1, 15, 11, 0), london.toUtc(LocalDateTime.of(2024, 1, 15, 11, 0)));
        // 01:30 does not exist on 31 March 2024 in London: read as 02:30 BST, 01:30 UTC.
        assertEquals(LocalDateTime.of(2024, 3, 31, 1, 30), london.toUtc(LocalDateTime.of(2024, 3, 31, 1, 30)));
        // 01:30 happens twice on 27 October 2024: the earlier (BST), 00:30 UTC.
        assertEquals(LocalDateTime.of(2024, 10, 27, 0, 30), london.toUtc(LocalDateTime.of(2024, 10, 27, 1, 30)));
    }

    @Test
    void noTimeIsEmptyOrNull() {
        assertEquals("", london.text(null));
        assertEquals("", london.precise(null));
        assertNull(london.toUtc(null));
    }
}
