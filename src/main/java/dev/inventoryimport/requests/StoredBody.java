package dev.inventoryimport.requests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A request body as stored: gzip (fastest level) when that is smaller, else the bytes as sent.
 * Why: a push is repetitive XML that shrinks severalfold; stored raw it would go to the database as
 * a hex literal twice its size and into off-page blob storage, for every push.
 * Reading tells the two forms apart by the gzip magic number, which no accepted body can start
 * with (XML and JSON bodies start with text), so rows written before compression read unchanged.
 * The body read back is always exactly the bytes received.
 */
@Converter
public class StoredBody implements AttributeConverter<byte[], byte[]> {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    @Override
    public byte[] convertToDatabaseColumn(byte[] body) {
        return toColumn(body);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] stored) {
        return fromColumn(stored);
    }

    /** The body as stored, in plain JDBC as in JPA. */
    public static byte[] toColumn(byte[] body) {
        return body == null ? null : pack(body);
    }

    /** The body exactly as received, from what is stored. */
    public static byte[] fromColumn(byte[] stored) {
        return stored == null ? null : unpack(stored);
    }

    static byte[] pack(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new FastGzip(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: not expected
        }
        return out.size() < body.length ? out.toByteArray() : body;
    }

    static byte[] unpack(byte[] stored) {
        if (!isGzip(stored)) {
            return stored;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Stored request body is damaged: " + e.getMessage(), e);
        }
    }

    static boolean isGzip(byte[] stored) {
        return stored.length >= 2 && (stored[0] & 0xff) == GZIP_MAGIC_1 && (stored[1] & 0xff) == GZIP_MAGIC_2;
    }

    /** gzip at the fastest level: the push is acknowledged only after the body is stored. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
