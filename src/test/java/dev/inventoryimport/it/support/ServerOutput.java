package dev.inventoryimport.it.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The log of the server under test, as the test JVM sees it. Arquillian's Payara Micro container
 * copies the server's standard output and error, line by line, to this JVM's {@code System.out}
 * (looked up at each line), which failsafe prints with the build. Installed as a static
 * {@code @RegisterExtension} field, this tees {@code System.out} and {@code System.err} from the
 * moment JUnit reads the field, which is before Arquillian starts the server for the class, so
 * the capture holds the server's whole log, start-up included; it is restored after the class.
 */
public final class ServerOutput implements AfterAllCallback {

    /** Enough for a class's log many times over; beyond it the capture stops growing (and says so). */
    private static final int LIMIT = 64 * 1024 * 1024;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private boolean overflowed;

    private ServerOutput() {
        System.setOut(tee(originalOut));
        System.setErr(tee(originalErr));
    }

    public static ServerOutput capture() {
        return new ServerOutput();
    }

    /** Everything printed since the capture began. */
    public synchronized String text() {
        if (overflowed) {
            throw new IllegalStateException("server output passed " + LIMIT + " bytes: the capture is incomplete");
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private PrintStream tee(PrintStream target) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                record(new byte[] {(byte) b}, 0, 1);
                target.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                record(b, off, len);
                target.write(b, off, len);
            }

            @Override
            public void flush() {
                target.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    private synchronized void record(byte[] b, int off, int len) {
        if (captured.size() + len > LIMIT) {
            overflowed = true;
            return;
        }
        captured.write(b, off, len);
    }
}
