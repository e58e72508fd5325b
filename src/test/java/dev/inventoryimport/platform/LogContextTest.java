package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class LogContextTest {

    @Test
    void tagNamesWhatIsKnown() {
        assertEquals("[request 12 message 71] ", LogContext.tag(12L, 71L));
        assertEquals("[request 12] ", LogContext.tag(12L, null));
        assertEquals("[message 71] ", LogContext.tag(null, 71L));
        assertEquals("", LogContext.tag(null, null));
    }

    @Test
    void prefixFollowsTheRequestWorkedOnAndEndsWithIt() {
        assertEquals("", LogContext.prefix());
        try (LogContext ignored = LogContext.open(12, null)) {
            assertEquals("[request 12] ", LogContext.prefix());
            LogContext.messageIs(71);
            assertEquals("[request 12 message 71] ", LogContext.prefix());
        }
        assertEquals("", LogContext.prefix());
        LogContext.messageIs(99); // outside a context: nothing to fill in
        assertEquals("", LogContext.prefix());
    }

    @Test
    void nestedContextRestoresTheOuterOne() {
        try (LogContext outer = LogContext.open(1, null)) {
            LogContext.messageIs(10);
            try (LogContext inner = LogContext.open(2, 20L)) {
                assertEquals("[request 2 message 20] ", LogContext.prefix());
            }
            assertEquals("[request 1 message 10] ", LogContext.prefix());
        }
        assertEquals("", LogContext.prefix());
    }

    @Test
    void contextBelongsToItsThread() throws Exception {
        try (LogContext ignored = LogContext.open(5, null)) {
            assertEquals("", CompletableFuture.supplyAsync(LogContext::prefix).get());
        }
    }
}
