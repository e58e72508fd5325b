package dev.inventoryimport.admin.view;

import java.util.Optional;

/** A filter's "from … to" pair the wrong way round, which would silently match nothing. */
public final class Ranges {

    private Ranges() {
    }

    /**
     * @param label the range's label on the page, e.g. "Message ID"
     * @return {@code "Message ID from 95 is after to 80"}, or empty when either end is open or they are in order
     */
    public static <T extends Comparable<? super T>> Optional<String> reversed(String label, T from, T to,
            java.util.function.Function<T, String> shown) {
        if (from == null || to == null || from.compareTo(to) <= 0) {
            return Optional.empty();
        }
        return Optional.of(label + " from " + shown.apply(from) + " is after to " + shown.apply(to)
                + ": nothing can match");
    }

    public static <T extends Comparable<? super T>> Optional<String> reversed(String label, T from, T to) {
        return reversed(label, from, to, String::valueOf);
    }
}
