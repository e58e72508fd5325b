package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.inventoryimport.settings.Setting;
import org.junit.jupiter.api.Test;

/** What the console says to operators: field labels, typed times, ranges, addresses. */
class OperatorWordsTest {

    @Test
    void aRefusedSettingIsNamedByItsLabelNeverItsKey() {
        assertEquals(Optional.of("Batch size must be a whole number from 1 to 100000, not '0'"),
                SettingFields.refusal(Setting.IMPORT_BATCH_SIZE, "0"));
        assertEquals(Optional.of("Store time zone must be a time zone such as UTC or Europe/London, not 'Mars'"),
                SettingFields.refusal(Setting.STORE_TIME_ZONE, "Mars"));
        assertEquals(Optional.empty(), SettingFields.refusal(Setting.IMPORT_BATCH_SIZE, "50"));
        for (Setting s : Setting.values()) {
            assertTrue(!SettingFields.of(s).label().contains("_"), s + " has a label");
        }
    }

    @Test
    void aDateAloneIsItsMidnightAndATimeMayCarrySeconds() {
        assertEquals(Optional.of(LocalDateTime.of(2030, 1, 1, 0, 0)), TypedTimes.parse("2030-01-01"));
        assertEquals(Optional.of(LocalDateTime.of(2030, 1, 1, 14, 30)), TypedTimes.parse(" 2030-01-01 14:30 "));
        assertEquals(Optional.of(LocalDateTime.of(2030, 1, 1, 14, 30, 5)), TypedTimes.parse("2030-01-01T14:30:05"));
        assertEquals(Optional.empty(), TypedTimes.parse("  "));
        assertThrows(DateTimeParseException.class, () -> TypedTimes.parse("01/02/2030"));
        assertThrows(DateTimeParseException.class, () -> TypedTimes.parse("2030-13-01"));
        assertEquals("2030-01-01", TypedTimes.format(LocalDateTime.of(2030, 1, 1, 0, 0)));
        assertEquals("2030-01-01 14:30", TypedTimes.format(LocalDateTime.of(2030, 1, 1, 14, 30)));
        assertEquals("2030-01-01 14:30:05", TypedTimes.format(LocalDateTime.of(2030, 1, 1, 14, 30, 5)));
    }

    @Test
    void aReversedRangeIsNamed() {
        assertEquals(Optional.of("Message ID from 95 is after to 80: nothing can match"),
                Ranges.reversed("Message ID", 95L, 80L));
        assertEquals(Optional.empty(), Ranges.reversed("Message ID", 80L, 95L));
        assertEquals(Optional.empty(), Ranges.reversed("Message ID", 80L, 80L));
        assertEquals(Optional.empty(), Ranges.reversed("Message ID", null, 80L));
    }

    @Test
    void addressesReadAsPeopleWriteThem() {
        assertEquals("::1", Addresses.readable("0:0:0:0:0:0:0:1"));
        assertEquals("127.0.0.1", Addresses.readable("127.0.0.1"));
        assertEquals("127.0.0.1", Addresses.readable("0:0:0:0:0:ffff:7f00:1"));
        assertEquals("2001:db8::1", Addresses.readable("2001:0DB8:0:0:0:0:0:1"));
        assertEquals("2001:db8:0:1:1:1:1:1", Addresses.readable("2001:db8:0:1:1:1:1:1"));
        assertEquals("fe80::1%eth0", Addresses.readable("fe80:0:0:0:0:0:0:1%eth0"));
        assertEquals("2001:db8::1:0:0:1", Addresses.readable("2001:db8:0:0:1:0:0:1"));
        assertEquals("not an address", Addresses.readable("not an address"));
    }
}
