package dev.inventoryimport.intake.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import dev.inventoryimport.intake.BoundedBody;
import dev.inventoryimport.intake.PushRejected;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class SoapBodyLimitFilterTest {

    private static final int MAX = 1024 * 1024;

    /** A network body of {@code length} bytes that counts how much of it was read. */
    private static final class NetworkBody extends ServletInputStream {
        private final long length;
        private long read;

        NetworkBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? (int) (read++ % 26) + 'a' : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((read + i) % 26 + 'a');
            }
            read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return read >= length;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    private static HttpServletRequest request(NetworkBody body, long declaredLength) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> body;
                    case "getContentLengthLong" -> declaredLength;
                    case "getMethod" -> "POST";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** What the JAX-WS runtime does when the endpoint closes the stream: read it to its end. */
    private static long drain(InputStream in) throws IOException {
        return in.transferTo(OutputStream.nullOutputStream());
    }

    @Test
    void aChunked50MegabyteBodyEndsOneBytePastTheLimit() throws IOException {
        NetworkBody network = new NetworkBody(50L * 1024 * 1024);
        InputStream in = SoapBodyLimitFilter.capped(request(network, -1), MAX).getInputStream();

        PushRejected e = assertThrows(PushRejected.class, () -> BoundedBody.read(in, -1, MAX));
        long drained = drain(in);

        assertEquals(PushRejected.Reason.TOO_LARGE, e.reason());
        assertEquals(0, drained, "nothing left for the runtime to spool");
        assertEquals(MAX + 1L, network.read, "read from the network");
    }

    @Test
    void aBodyDeclaredTooLargeIsNotReadAtAll() throws IOException {
        NetworkBody network = new NetworkBody(50L * 1024 * 1024);
        InputStream in = SoapBodyLimitFilter.capped(request(network, network.length), MAX).getInputStream();

        PushRejected e = assertThrows(PushRejected.class, () -> BoundedBody.read(in, network.length, MAX));
        long drained = drain(in);

        assertEquals(PushRejected.Reason.TOO_LARGE, e.reason());
        assertEquals(0, drained);
        assertEquals(0, network.read);
    }

    @Test
    void aBodyWithinTheLimitReadsWhole() throws IOException, PushRejected {
        for (long length : new long[] {0, 1, MAX}) {
            NetworkBody network = new NetworkBody(length);
            InputStream in = SoapBodyLimitFilter.capped(request(network, length), MAX).getInputStream();

            byte[] body = BoundedBody.read(in, length, MAX);

            assertEquals(length, body.length);
            assertEquals(length, network.read);
        }
        NetworkBody network = new NetworkBody(10);
        byte[] body = BoundedBody.read(SoapBodyLimitFilter.capped(request(network, -1), MAX).getInputStream(), -1, MAX);
        assertArrayEquals("abcdefghij".getBytes(StandardCharsets.US_ASCII), body);
    }
}
