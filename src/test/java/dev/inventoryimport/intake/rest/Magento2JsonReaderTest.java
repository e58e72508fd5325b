package dev.inventoryimport.intake.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.inventoryimport.intake.PushRejected;
import dev.inventoryimport.requests.InventoryPush;
import dev.inventoryimport.requests.PushLine;
import org.junit.jupiter.api.Test;

class Magento2JsonReaderTest {

    private static final String MAGENTO_EXAMPLE = """
            {"productQtys":[{"sku":"24-MB01","qty":"90","source":"default"}],\
            "productSeqs":[{"sku":"24-MB01","seq":"10","lastOrderExported":"2024-02-16 10:00:00"}],\
            "messageSeqId":71}""";

    private static InventoryPush read(String json) throws PushRejected {
        return Magento2JsonReader.read(json.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String refusal(String json) {
        return refusal(json.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static String refusal(byte[] body, int maxLines) {
        PushRejected e = assertThrows(PushRejected.class, () -> Magento2JsonReader.read(body, maxLines));
        assertEquals(PushRejected.Reason.INVALID, e.reason());
        return e.getMessage();
    }

    @Test
    void readsTheMagentoExample() throws PushRejected {
        InventoryPush push = read(MAGENTO_EXAMPLE);

        assertEquals(71, push.messageId());
        assertEquals(List.of(new PushLine("default", "24-MB01", "90", "10", "2024-02-16 10:00:00")), push.lines());
    }

    @Test
    void keepsTheExactTextOfNumbers() throws PushRejected {
        InventoryPush push = read("""
                {"messageSeqId":"72","productQtys":[{"sku":"A","qty":90.5},{"sku":"B","qty":-3.5000},{"sku":"C","qty":" 7 "}],
                 "productSeqs":[{"sku":"A","seq":10},{"sku":"B","seq":"11"}]}""");

        assertEquals(72, push.messageId());
        assertEquals(List.of(
                new PushLine(null, "A", "90.5", "10", null),
                new PushLine(null, "B", "-3.5000", "11", null),
                new PushLine(null, "C", "7", null, null)), push.lines());
    }

    @Test
    void joinsSequencesBySkuAcrossSources() throws PushRejected {
        InventoryPush push = read("""
                {"productQtys":[{"sku":"A","qty":5,"source":"north"},{"sku":"A","qty":7,"source":"south"},
                                {"qty":1,"source":""},{"sku":"a","qty":2}],
                 "productSeqs":[{"sku":"A","seq":10,"lastOrderExported":"2024-02-16T10:00:00Z"},{"sku":"A","seq":99},
                                {"sku":"Z","seq":26,"extra":{"nested":[1,2]}}],
                 "messageSeqId":73, "unknown":[{"x":{}}]}""");

        assertEquals(List.of(
                new PushLine("north", "A", "5", "10", "2024-02-16T10:00:00Z"),
                new PushLine("south", "A", "7", "10", "2024-02-16T10:00:00Z"),
                new PushLine(null, null, "1", null, null),
                new PushLine(null, "a", "2", null, null),
                new PushLine(null, "Z", null, "26", null)), push.lines());
    }

    @Test
    void acceptsAMessageWithoutLines() throws PushRejected {
        assertEquals(List.of(), read("{\"messageSeqId\":0}").lines());
        assertEquals(List.of(), read("{\"productQtys\":[],\"productSeqs\":null,\"messageSeqId\":1}").lines());
    }

    @Test
    void skipsAByteOrderMark() throws PushRejected {
        byte[] json = MAGENTO_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        assertEquals(71, Magento2JsonReader.read(withBom, 10).messageId());
    }

    @Test
    void refusesMalformedJson() {
        String truncated = refusal(MAGENTO_EXAMPLE.substring(0, MAGENTO_EXAMPLE.length() - 5));
        assertTrue(truncated.startsWith("malformed JSON at line 1, column "), truncated);
        assertTrue(refusal("{sku:1}").startsWith("malformed JSON"));
        assertTrue(refusal("{\"messageSeqId\":1} {}").startsWith("malformed JSON"));
        assertTrue(refusal("   ").startsWith("malformed JSON"));
        assertEquals("empty body", refusal(new byte[0], 10));
        assertEquals("empty body", refusal(null, 10));
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] json = "{\"productQtys\":[{\"sku\":\"@\",\"qty\":1}],\"messageSeqId\":1}".getBytes(StandardCharsets.UTF_8);
        int at = new String(json, StandardCharsets.UTF_8).indexOf('@');
        json[at] = (byte) 0xC3; // a lead byte followed by a quote, not a continuation byte

        String message = refusal(json, 10);

        assertTrue(message.startsWith("malformed JSON") && message.contains("MalformedInputException"), message);
    }

    @Test
    void refusesATopLevelOtherThanAnObject() {
        assertEquals("JSON body must be an object, found an array", refusal("[" + MAGENTO_EXAMPLE + "]"));
        assertEquals("JSON body must be an object, found a string", refusal("\"x\""));
    }

    @Test
    void refusesWrongShapes() {
        assertEquals("productQtys must be an array, found an object", refusal("{\"productQtys\":{},\"messageSeqId\":1}"));
        assertEquals("productSeqs[1] must be an object, found a string",
                refusal("{\"productSeqs\":[{\"sku\":\"A\"},\"B\"],\"messageSeqId\":1}"));
        assertEquals("productQtys[0].qty must be a string or number, found an array",
                refusal("{\"productQtys\":[{\"qty\":[1]}],\"messageSeqId\":1}"));
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        String deep = "{\"unknown\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"messageSeqId\":1}";

        String message = refusal(deep);

        assertTrue(message.startsWith("JSON is nested deeper than 32 levels"), message);
    }

    @Test
    void acceptsNestingUpToTheLimit() throws PushRejected {
        String deep = "{\"unknown\":" + "[".repeat(31) + "]".repeat(31) + ",\"messageSeqId\":1}";

        assertEquals(1, read(deep).messageId());
    }

    @Test
    void refusesAnObjectWithTooManyMembers() throws PushRejected {
        // The twin of the XML readers' attribute limit: members of skipped objects count too.
        String huge = "{" + members(100_000) + "\"messageSeqId\":1}";
        String justOver = "{\"productQtys\":[{\"sku\":\"A\"," + members(63) + "\"qty\":1}],\"messageSeqId\":1}";
        String atLimit = "{\"productQtys\":[{\"sku\":\"A\"," + members(62) + "\"qty\":1}],\"messageSeqId\":1}";
        String nested = "{\"unknown\":{" + members(65) + "\"x\":1},\"messageSeqId\":1}";

        long start = System.nanoTime();
        String message = refusal(huge);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(message.startsWith("JSON object has more than 64 members at line 1"), message);
        assertTrue(millis < 1000, "refused in " + millis + " ms");
        assertTrue(refusal(justOver).startsWith("JSON object has more than 64 members"));
        assertTrue(refusal(nested).startsWith("JSON object has more than 64 members"));
        assertEquals(1, read(atLimit).lines().size());
    }

    private static String members(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append("\"m").append(i).append("\":0,");
        }
        return out.toString();
    }

    @Test
    void refusesMissingOrBadMessageSeqIds() {
        assertEquals("messageSeqId is missing", refusal("{\"productQtys\":[]}"));
        assertEquals("messageSeqId is missing", refusal("{\"messageSeqId\":null}"));
        assertEquals("messageSeqId is not an integer: abc", refusal("{\"messageSeqId\":\"abc\"}"));
        assertEquals("messageSeqId is not an integer: 71.0", refusal("{\"messageSeqId\":71.0}"));
        assertEquals("messageSeqId is out of range: 9223372036854775808", refusal("{\"messageSeqId\":9223372036854775808}"));
        assertEquals("messageSeqId must not be negative: -1", refusal("{\"messageSeqId\":-1}"));
        assertEquals("messageSeqId appears more than once", refusal("{\"messageSeqId\":1,\"messageSeqId\":2}"));
        assertEquals("messageSeqId must be a string or number, found an object", refusal("{\"messageSeqId\":{}}"));
    }

    @Test
    void refusesMoreLinesThanTheLimit() throws PushRejected {
        byte[] json = "{\"productQtys\":[{\"sku\":\"A\"},{\"sku\":\"B\"}],\"productSeqs\":[{\"sku\":\"C\"}],\"messageSeqId\":1}"
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("message has 3 lines, more than the limit of 2", refusal(json, 2));
        assertEquals(3, Magento2JsonReader.read(json, 3).lines().size());
    }
}
