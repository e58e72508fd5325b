package dev.inventoryimport.adjustment;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps from the shop and from OrderFlow, read into UTC. Accepted: ISO-8601 with a zone
 * ({@code 2024-02-16T10:00:00Z}, {@code +01:00}), and without one, {@code T} or space separated
 * ({@code 2024-02-16 10:00:00}, Magento's form), with optional fractions; a time without a zone is
 * read in the store's time zone ({@code STORE_TIME_ZONE}).
 */
public final class StoreTime {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    private static final DateTimeFormatter ZONED = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private StoreTime() {
    }

    /**
     * @throws DateTimeParseException when the text is no timestamp of the accepted forms
     */
    public static LocalDateTime toUtc(String text, ZoneId storeZone) {
        String t = text.trim();
        LocalDateTime utc;
        try {
            utc = OffsetDateTime.parse(t, ZONED).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException noZone) {
            utc = LocalDateTime.parse(t, LOCAL).atZone(storeZone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return utc.truncatedTo(ChronoUnit.MICROS);
    }

    /** As {@link #toUtc}, but {@code null} for absent or unreadable text (an optional field). */
    public static LocalDateTime toUtcOrNull(String text, ZoneId storeZone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return toUtc(text, storeZone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
