package dev.inventoryimport.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body into memory, refusing it as soon as it passes the size limit. */
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param declaredLength the Content-Length header, or -1: a body declared too large is refused unread
     */
    public static byte[] read(InputStream in, long declaredLength, int maxBytes) throws PushRejected, IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[16384];
        int n;
        long total = 0;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static PushRejected tooLarge(int maxBytes) {
        return new PushRejected(PushRejected.Reason.TOO_LARGE,
                "Request body is larger than the limit of " + maxBytes + " bytes (MAX_BODY_BYTES)");
    }
}
