package dev.inventoryimport.admin;

import java.util.Collection;
import java.util.stream.Collectors;

/** Short texts for audit entries and messages. */
final class Summaries {

    private static final int SHOWN = 20;

    private Summaries() {
    }

    /** "1, 2, 3" or, for many, the first twenty and how many more. */
    static String ids(Collection<Long> ids) {
        String shown = ids.stream().sorted().limit(SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() <= SHOWN ? shown : shown + " and " + (ids.size() - SHOWN) + " more";
    }
}
