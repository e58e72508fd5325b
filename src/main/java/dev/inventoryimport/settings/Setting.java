package dev.inventoryimport.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The settings operators change at run time. Each is stored in the database by its name and
 * validated here, so the same rule refuses a bad value from configuration or from the console.
 */
public enum Setting {
    IMPORT_ENABLED(Kind.BOOLEAN),
    IMPORT_BATCH_SIZE(Kind.POSITIVE_INT),
    /** Attempts in all (across sweeps) before a request that keeps conflicting ends Failed. */
    IMPORT_MAX_ATTEMPTS(Kind.POSITIVE_INT),
    ALLOW_NEGATIVE_QUANTITIES(Kind.BOOLEAN),
    CREATE_UNKNOWN_SKUS(Kind.BOOLEAN),
    ADJUST_INVENTORY(Kind.ADJUST_MODE),
    UNSENT_ORDER_STATUSES(Kind.LIST),
    UNSENT_ORDER_CUTOFF_DAYS(Kind.DAYS),
    ACTIVE_QUOTE_CUTOFF_DAYS(Kind.DAYS),
    ADJUSTMENT_SOURCE(Kind.SOURCE),
    DEDUCT_STOCK_ON_ORDER(Kind.BOOLEAN),
    STORE_TIME_ZONE(Kind.ZONE),
    /** How long processed requests and their imports are kept (used by the retention cleanup). */
    RETENTION_DAYS(Kind.RETENTION);

    private enum Kind { BOOLEAN, POSITIVE_INT, DAYS, RETENTION, ADJUST_MODE, LIST, SOURCE, ZONE }

    private final Kind kind;

    Setting(Kind kind) {
        this.kind = kind;
    }

    /**
     * The value in its stored form.
     *
     * @throws IllegalArgumentException naming the setting and what it accepts
     */
    public String normalise(String value) {
        String raw = value == null ? "" : value.trim();
        String v = raw.toLowerCase(Locale.ROOT);
        switch (kind) {
            case BOOLEAN -> {
                if (v.equals("true") || v.equals("false")) {
                    return v;
                }
                throw refused("true or false", value);
            }
            case POSITIVE_INT -> {
                return Integer.toString(number(v, 1, 100_000, value));
            }
            case DAYS -> {
                return Integer.toString(number(v, 0, 3650, value));
            }
            case RETENTION -> {
                return Integer.toString(number(v, 1, 3650, value));
            }
            case ADJUST_MODE -> {
                if (v.equals("no") || v.equals("unsent_orders") || v.equals("unsent_orders_and_quotes")) {
                    return v;
                }
                throw refused("no, unsent_orders or unsent_orders_and_quotes", value);
            }
            case LIST -> {
                String list = Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .distinct().collect(Collectors.joining(","));
                if (!list.isEmpty() && list.length() <= 1024) {
                    return list;
                }
                throw refused("a comma-separated list of one or more order statuses", value);
            }
            case SOURCE -> {
                if (!raw.isEmpty() && raw.length() <= 64) {
                    return raw;
                }
                throw refused("a source code of 1 to 64 characters", value);
            }
            case ZONE -> {
                try {
                    return ZoneId.of(raw).getId();
                } catch (DateTimeException e) {
                    throw refused("a time zone such as UTC or Europe/London", value);
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private int number(String v, int min, int max, String value) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused("a whole number from " + min + " to " + max, value);
    }

    private IllegalArgumentException refused(String accepted, String value) {
        return new IllegalArgumentException(name() + " must be " + accepted + ", not '" + value + "'");
    }
}
