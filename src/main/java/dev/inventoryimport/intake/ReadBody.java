package dev.inventoryimport.intake;

import java.io.IOException;
import java.io.InputStream;

/**
 * The read step every intake endpoint shares (SOAP, Magento 1 SOAP, REST): the body as received,
 * bounded, and what the contract's reader made of it; or, refused, the HTTP status and the message
 * the sender is told (413 for a body over the limit, 400 for anything unreadable or invalid).
 *
 * @param bytes   the body as received; null when refused
 * @param value   what the contract's reader read; null when refused
 * @param status  200 when read, else the status of the refusal
 * @param refusal why the body was refused; null when read
 */
public record ReadBody<T>(byte[] bytes, T value, int status, String refusal) {

    /** A contract's reader: its body in, its request out. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(byte[] body, int maxLines) throws PushRejected;
    }

    /** Where the body comes from; opened and closed here. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * @param length the announced Content-Length, or -1 when none was
     */
    public static <T> ReadBody<T> read(Source source, long length, int maxBodyBytes, int maxLines, Reader<T> reader) {
        try (InputStream in = source.open()) {
            byte[] bytes = BoundedBody.read(in, length, maxBodyBytes);
            return new ReadBody<>(bytes, reader.read(bytes, maxLines), 200, null);
        } catch (PushRejected e) {
            return new ReadBody<>(null, null, e.reason() == PushRejected.Reason.TOO_LARGE ? 413 : 400, e.getMessage());
        } catch (IOException e) {
            return new ReadBody<>(null, null, 400, "Request body could not be read: " + e.getMessage());
        }
    }

    public boolean refused() {
        return refusal != null;
    }
}
