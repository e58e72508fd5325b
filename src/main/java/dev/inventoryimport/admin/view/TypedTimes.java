package dev.inventoryimport.admin.view;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Times typed into the console's date filters: {@code 2030-01-01 14:30}, with seconds or without, a
 * {@code T} or a space between date and time, or a date alone, which means its midnight.
 */
public final class TypedTimes {

    /** What the filters show as the format they take. */
    public static final String FORMAT_HINT = "yyyy-mm-dd or yyyy-mm-dd hh:mm";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHOWN_WITH_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TypedTimes() {
    }

    /** Empty for blank text. @throws DateTimeParseException for anything else that is not a time */
    public static Optional<LocalDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() <= 10) {
            return Optional.of(LocalDate.parse(t).atStartOfDay());
        }
        return Optional.of(LocalDateTime.parse(t.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ T]+", "$1T")));
    }

    /** The way back: minutes, with seconds only when there are some; midnight as the date alone. */
    public static String format(LocalDateTime time) {
        if (time == null) {
            return "";
        }
        if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return time.toLocalDate().toString();
        }
        return (time.getSecond() == 0 && time.getNano() == 0 ? SHOWN : SHOWN_WITH_SECONDS).format(time);
    }
}
