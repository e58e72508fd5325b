package dev.inventoryimport.platform.database;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Binds every stored time as text, {@code 2024-02-16 10:00:00.123456}. Why: MariaDB announces itself
 * to MySQL clients as version "5.5.5-10.x", so mysql-connector-j believes the server has no
 * fractional seconds and silently cuts them from bound timestamps. The database column stays a
 * DATETIME(6) / TIMESTAMP(6); both databases read this text into it exactly.
 */
@Converter(autoApply = true)
public class UtcTimestampConverter implements AttributeConverter<LocalDateTime, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    @Override
    public Object convertToDatabaseColumn(LocalDateTime time) {
        return toColumn(time);
    }

    @Override
    public LocalDateTime convertToEntityAttribute(Object value) {
        return fromColumn(value);
    }

    /** The text to bind for a time, in plain JDBC as in JPA. */
    public static String toColumn(LocalDateTime time) {
        return time == null ? null : WRITE.format(time);
    }

    /** Drivers hand back a LocalDateTime, a Timestamp or text, depending on driver and protocol. */
    public static LocalDateTime fromColumn(Object value) {
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(value.toString().trim(), READ);
    }
}
