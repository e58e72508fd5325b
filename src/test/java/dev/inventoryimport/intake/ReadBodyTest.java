package dev.inventoryimport.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ReadBodyTest {

    private static final byte[] BODY = "abc".getBytes(StandardCharsets.UTF_8);

    @Test
    void readBodyCarriesBytesAndWhatTheReaderMadeOfThem() {
        ReadBody<String> read = ReadBody.read(() -> new ByteArrayInputStream(BODY), BODY.length, 100, 7,
                (body, maxLines) -> new String(body, StandardCharsets.UTF_8) + maxLines);
        assertFalse(read.refused());
        assertEquals(200, read.status());
        assertArrayEquals(BODY, read.bytes());
        assertEquals("abc7", read.value());
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413() {
        ReadBody<String> read = ReadBody.read(() -> new ByteArrayInputStream(BODY), -1, 2, 7, (b, m) -> "x");
        assertTrue(read.refused());
        assertEquals(413, read.status());
        assertNull(read.value());
    }

    @Test
    void invalidBodyIsRefusedWith400AndTheReadersMessage() {
        ReadBody<String> read = ReadBody.read(() -> new ByteArrayInputStream(BODY), -1, 100, 7, (b, m) -> {
            throw PushRejected.invalid("no push here");
        });
        assertEquals(400, read.status());
        assertEquals("no push here", read.refusal());
    }

    @Test
    void unreadableBodyIsRefusedWith400() {
        ReadBody<String> read = ReadBody.read(() -> {
            throw new IOException("connection reset");
        }, -1, 100, 7, (b, m) -> "x");
        assertEquals(400, read.status());
        assertEquals("Request body could not be read: connection reset", read.refusal());
    }
}
