package dev.inventoryimport.intake.soap;

import java.io.IOException;

import dev.inventoryimport.intake.IntakeService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps what the SOAP endpoints (Magento 2 and Magento 1) can read of a request body.
 *
 * <p>When a provider closes the request stream the JAX-WS runtime handed it, the runtime reads
 * whatever is left of the body (4 MB into memory, the rest into a temporary file) so that the
 * connection can be reused; only then can the answer leave. Without a cap an oversized push would
 * therefore be read, and spooled to disk, to its very end before its 413, however large. Behind
 * this filter the body ends for the runtime one byte past {@code MAX_BODY_BYTES}, which is enough
 * for {@code BoundedBody} to tell "too large", and at once when {@code Content-Length} already
 * declares it too large, so the 413 leaves as soon as the limit is passed and nothing is spooled.
 */
@WebFilter(urlPatterns = {"/soap/default", "/soap/all", "/api/v2_soap/index/", "/api/v2_soap/index"})
public class SoapBodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intake;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter("POST".equals(request.getMethod()) ? capped(request, intake.maxBodyBytes()) : request, response);
    }

    /** {@code request} whose body reads as ending after {@code maxBodyBytes + 1} bytes (0 if declared larger). */
    static HttpServletRequest capped(HttpServletRequest request, int maxBodyBytes) throws IOException {
        long readable = request.getContentLengthLong() > maxBodyBytes ? 0 : maxBodyBytes + 1L;
        ServletInputStream body = new CappedInputStream(request.getInputStream(), readable);
        return new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }
        };
    }

    /** Reads through to the request body until {@code remaining} bytes have been read, then reports its end. */
    private static final class CappedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private long remaining;

        CappedInputStream(ServletInputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return remaining <= 0 || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return remaining <= 0 || in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
