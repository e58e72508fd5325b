package dev.inventoryimport.settings;

import java.util.Locale;

/**
 * The settings operators change at run time. Each is stored in the database by its name and
 * validated here, so the same rule refuses a bad value from configuration or from the console.
 */
public enum Setting {
    IMPORT_ENABLED(Kind.BOOLEAN),
    IMPORT_BATCH_SIZE(Kind.POSITIVE_INT),
    ALLOW_NEGATIVE_QUANTITIES(Kind.BOOLEAN),
    CREATE_UNKNOWN_SKUS(Kind.BOOLEAN);

    private enum Kind { BOOLEAN, POSITIVE_INT }

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
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (kind) {
            case BOOLEAN -> {
                if (v.equals("true") || v.equals("false")) {
                    return v;
                }
                throw new IllegalArgumentException(name() + " must be true or false, not '" + value + "'");
            }
            case POSITIVE_INT -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n >= 1 && n <= 100_000) {
                        return Integer.toString(n);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalArgumentException(name() + " must be a whole number from 1 to 100000, not '" + value + "'");
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }
}
