package dev.inventoryimport.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} hides: when the answer arrived
 * relative to how much of the body had been sent (the client keeps sending until the answer comes,
 * as a streaming client would, and then stops), and bodies that end before their declared length.
 */
public final class RawHttp {

    /** Status of an exchange the server ended by closing the connection without any answer. */
    public static final int CLOSED = -1;

    /** The answer (status {@link #CLOSED} if none) and how much of the body had been written when it arrived. */
    public record Exchange(int status, Map<String, String> headers, String body, long millis, long bytesSentWhenAnswered) {
    }

    /** Reader and writer block on the socket: threads of their own, never the (tiny) common pool. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-http");
        t.setDaemon(true);
        return t;
    });

    private RawHttp() {
    }

    /**
     * POSTs {@code body} to {@code path} (relative to {@code base}, the deployment's URL), streamed in 64 KB writes, declaring its length
     * ({@code Content-Length}) or not ({@code Transfer-Encoding: chunked}); stops writing once the
     * answer has begun or the server has closed its side.
     *
     * @param stopAfter write at most this many bytes, then half-close: a body shorter than declared
     */
    public static Exchange post(URL base, String path, Map<String, String> headers, InputStream body, long declaredLength,
                         boolean chunked, long stopAfter) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            socket.setSendBufferSize(64 * 1024); // little queued on our side: the count of bytes sent stays telling
            String context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
            StringBuilder head = new StringBuilder("POST ").append(context).append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declaredLength + "\r\n");
            head.append("\r\n");

            AtomicLong sent = new AtomicLong();
            AtomicLong sentWhenAnswered = new AtomicLong(-1);
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            CompletableFuture<String[]> answer = CompletableFuture.supplyAsync(() -> readAnswer(in, sent, sentWhenAnswered), THREADS);

            OutputStream out = socket.getOutputStream();
            // Written on its own thread: a server that answers early may stop reading, and a blocked
            // write must not keep us from its answer. Closing the socket afterwards ends the write.
            CompletableFuture.runAsync(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                    byte[] buffer = new byte[65536];
                    int n;
                    while (!answer.isDone() && sent.get() < stopAfter
                            && (n = body.read(buffer, 0, (int) Math.min(buffer.length, stopAfter - sent.get()))) > 0) {
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(buffer, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(n);
                    }
                    if (!answer.isDone()) {
                        if (chunked && sent.get() < stopAfter) {
                            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        out.flush();
                        if (sent.get() >= stopAfter) {
                            socket.shutdownOutput();
                        }
                    }
                } catch (IOException closed) {
                    // The server answered and closed, or we closed after its answer: nothing more to send.
                }
            }, THREADS);
            String[] parts = answer.get(30, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Exchange(Integer.parseInt(parts[0]), parseHeaders(parts[1]), parts[2], millis, sentWhenAnswered.get());
        }
    }

    /** Status, header block and body of the answer (Content-Length, chunked, or up to the close). */
    private static String[] readAnswer(InputStream in, AtomicLong sent, AtomicLong sentWhenAnswered) {
        try {
            String statusLine;
            try {
                statusLine = line(in);
            } catch (IOException closed) {
                sentWhenAnswered.set(sent.get());
                return new String[] {Integer.toString(CLOSED), "", ""};
            }
            sentWhenAnswered.set(sent.get());
            if (statusLine.startsWith("HTTP/1.1 100")) {
                line(in); // the blank line after an interim 100 Continue
                statusLine = line(in);
                sentWhenAnswered.set(sent.get());
            }
            StringBuilder headerBlock = new StringBuilder();
            for (String l = line(in); !l.isEmpty(); l = line(in)) {
                headerBlock.append(l).append('\n');
            }
            Map<String, String> headers = parseHeaders(headerBlock.toString());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                body.write(in.readAllBytes());
            }
            return new String[] {statusLine.split(" ")[1], headerBlock.toString(), body.toString(StandardCharsets.UTF_8)};
        } catch (IOException e) {
            throw new IllegalStateException("no complete answer: " + e, e);
        }
    }

    private static Map<String, String> parseHeaders(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l : block.split("\n")) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder out = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                out.append((char) c);
            }
        }
        if (c == -1 && out.length() == 0) {
            throw new IOException("connection closed before an answer");
        }
        return out.toString();
    }
}
