package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void providerIsLookedUpOnce() {
        assertSame(Json.provider(), Json.provider());
    }

    @Test
    void providerWritesJson() {
        assertEquals("{\"message\":\"a \\\"b\\\"\"}",
                Json.provider().createObjectBuilder().add("message", "a \"b\"").build().toString());
    }
}
