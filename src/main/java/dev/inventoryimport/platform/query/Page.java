package dev.inventoryimport.platform.query;

/** Which rows of a result a grid shows: from {@code first}, at most {@code size}. */
public record Page(int first, int size) {

    public static final int MAX_SIZE = 500;

    public Page {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ": " + size);
        }
    }
}
