package dev.inventoryimport.requests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StoredBodyTest {

    private final StoredBody converter = new StoredBody();

    private static byte[] push(int lines) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><env:Envelope><env:Body><items>");
        for (int i = 0; i < lines; i++) {
            xml.append("<item><sku>SIM-").append(i).append("</sku><qty>").append(i * 7 % 1000)
                    .append("</qty><sequenceId>").append(1_000_000 + i).append("</sequenceId></item>");
        }
        return xml.append("</items></env:Body></env:Envelope>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPushIsStoredCompressedAndReadBackByteForByte() {
        byte[] body = push(150);
        byte[] stored = converter.convertToDatabaseColumn(body);
        assertTrue(StoredBody.isGzip(stored));
        assertTrue(stored.length * 4 < body.length, "150 lines shrink at least fourfold: " + stored.length);
        assertArrayEquals(body, converter.convertToEntityAttribute(stored));
    }

    @Test
    void whatDoesNotShrinkIsStoredAsSent() {
        byte[] noise = new byte[64];
        new Random(7).nextBytes(noise);
        noise[0] = '{';
        assertSame(noise, converter.convertToDatabaseColumn(noise));
        assertArrayEquals(noise, converter.convertToEntityAttribute(noise));
    }

    @Test
    void rowsWrittenBeforeCompressionReadUnchanged() {
        byte[] legacy = push(3);
        assertFalse(StoredBody.isGzip(legacy));
        assertSame(legacy, converter.convertToEntityAttribute(legacy));
        assertArrayEquals(new byte[0], converter.convertToEntityAttribute(new byte[0]));
    }

    @Test
    void aDamagedCompressedBodyIsAnErrorNotGarbage() {
        byte[] stored = converter.convertToDatabaseColumn(push(150));
        byte[] cut = Arrays.copyOf(stored, stored.length / 2);
        assertThrows(UncheckedIOException.class, () -> converter.convertToEntityAttribute(cut));
    }
}
