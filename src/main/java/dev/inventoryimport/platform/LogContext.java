package dev.inventoryimport.platform;

/**
 * The tag that starts every log line about a request, {@code [request 12 message 71] }, so one
 * grep for a request or a message id finds its whole story: intake, import, retries, sweeps,
 * failures. One format, made here only.
 *
 * <p>An import runs on one thread from its trigger to its end (runner, then the import service,
 * which learns the message id when it reads the row), so the runner opens a context for the
 * request and every line logged on that thread meanwhile gets the tag from {@link #prefix()},
 * without the ids being passed around. Lines about another request, or several, use
 * {@link #tag(Long, Long)} directly.
 */
public final class LogContext implements AutoCloseable {

    private static final ThreadLocal<LogContext> CURRENT = new ThreadLocal<>();

    private final long requestId;
    private final LogContext outer;
    private Long messageId;

    private LogContext(long requestId, Long messageId, LogContext outer) {
        this.requestId = requestId;
        this.messageId = messageId;
        this.outer = outer;
    }

    /**
     * Work on a request starts on this thread; close it (try-with-resources) when it ends.
     *
     * @param messageId its message id if already known, else null
     */
    public static LogContext open(long requestId, Long messageId) {
        LogContext context = new LogContext(requestId, messageId, CURRENT.get());
        CURRENT.set(context);
        return context;
    }

    /** The message id of the request being worked on, once known; ignored outside a context. */
    public static void messageIs(long messageId) {
        LogContext context = CURRENT.get();
        if (context != null) {
            context.messageId = messageId;
        }
    }

    /** The tag of the request being worked on this thread, or "" outside a context. */
    public static String prefix() {
        LogContext context = CURRENT.get();
        return context == null ? "" : tag(context.requestId, context.messageId);
    }

    /**
     * {@code "[request 12 message 71] "}; either id may be unknown (null) and is then left out:
     * {@code "[message 71] "} for a push not stored, {@code "[request 12] "} before its row is read.
     */
    public static String tag(Long requestId, Long messageId) {
        if (requestId == null && messageId == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        if (requestId != null) {
            sb.append("request ").append(requestId);
        }
        if (messageId != null) {
            sb.append(requestId != null ? " " : "").append("message ").append(messageId);
        }
        return sb.append("] ").toString();
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
