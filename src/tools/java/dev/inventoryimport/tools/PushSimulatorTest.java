package dev.inventoryimport.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inventoryimport.tools.PushMessage.SkuUpdate;
import dev.inventoryimport.tools.SimulationResult.ExpectedStock;
import dev.inventoryimport.tools.SimulatorOptions.UsageException;
import dev.inventoryimport.tools.Workload.Delivery;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator without a server: what it generates, how it reads its options, its percentiles. */
class PushSimulatorTest {

    private static final String[] BASE = {"--token", "t", "--seq-base", "1000"};

    @Test
    void fullPushIsChunkedWithIdsFromTheSeqBase() throws Exception {
        List<Delivery> all = drain(config("--mode", "full", "--skus", "1000", "--chunk", "150"));

        assertEquals(7, all.size(), "1000 SKUs in chunks of 150: six full messages and one of 100");
        assertEquals(100, all.get(6).message().updates().size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(1000 + i, all.get(i).message().messageId());
            assertEquals(i, all.get(i).position());
        }
        List<SkuUpdate> updates = all.stream().flatMap(d -> d.message().updates().stream()).toList();
        assertEquals("SIM-0000001", updates.get(0).sku());
        assertEquals("SIM-0001000", updates.get(999).sku());
        for (int i = 0; i < updates.size(); i++) {
            assertEquals(1000 + i, updates.get(i).seq());
            int qty = updates.get(i).qty().intValueExact();
            assertTrue(qty >= 0 && qty <= 999, "quantity " + qty);
        }
    }

    @Test
    void defaultChunkIsOrderFlowsAndTheSameSeedGivesTheSameQuantities() throws Exception {
        List<Delivery> a = drain(config("--mode", "full", "--skus", "301"));
        List<Delivery> b = drain(config("--mode", "full", "--skus", "301", "--concurrency", "9"));
        assertEquals(3, a.size());
        assertEquals(150, a.get(0).message().updates().size());
        assertEquals(a.stream().map(Delivery::message).toList(), b.stream().map(Delivery::message).toList());
        List<Delivery> other = drain(config("--mode", "full", "--skus", "301", "--seed", "7"));
        assertFalse(a.get(0).message().equals(other.get(0).message()));
    }

    @Test
    void incrementalSequenceIdsGrowPerSkuAndTheExpectedStateIsTheNewestUpdate() throws Exception {
        SimulationConfig c = config("--mode", "incremental", "--rate", "100", "--duration", "5",
                "--skus", "50", "--lines", "10");
        Workload w = new Workload(c);
        List<Delivery> all = drain(w);

        assertEquals(500, all.size());
        Map<String, SkuUpdate> newest = new HashMap<>();
        long previous = Long.MIN_VALUE;
        for (Delivery d : all) {
            Set<String> inMessage = new HashSet<>();
            for (SkuUpdate u : d.message().updates()) {
                assertTrue(inMessage.add(u.sku()), "a SKU appears once per message");
                assertTrue(u.seq() > previous, "sequence ids grow with each update generated");
                previous = u.seq();
                SkuUpdate before = newest.put(u.sku(), u);
                assertTrue(before == null || before.seq() < u.seq());
            }
        }
        Map<String, ExpectedStock> expected = w.expected();
        assertEquals(50, expected.size());
        newest.forEach((sku, u) -> assertEquals(new ExpectedStock(u.qty(), u.seq()), expected.get(sku), sku));
        assertEquals(1000 + 500 * 10, w.nextSeqBase());
    }

    @Test
    void shuffleAndRepeatDeliverRoughlyTheAskedFractionsWithoutChangingContent() throws Exception {
        String[] args = {"--mode", "incremental", "--rate", "200", "--duration", "10", "--skus", "500"};
        Workload plain = new Workload(config(args));
        List<Delivery> inOrder = drain(plain);
        Workload mixed = new Workload(config(concat(args, "--shuffle", "0.1", "--repeat", "0.05")));
        List<Delivery> all = drain(mixed);

        Map<Long, Delivery> first = new HashMap<>();
        int late = 0;
        int repeats = 0;
        long newestSent = Long.MIN_VALUE;
        for (Delivery d : all) {
            long id = d.message().messageId();
            if (d.repeat()) {
                repeats++;
                Delivery original = first.get(id);
                assertTrue(original != null && original.position() < d.position(), "a repeat follows its original");
                assertSame(original.message(), d.message());
                assertEquals(WireFormat.m2Soap(URI.create("http://x"), original.message()),
                        WireFormat.m2Soap(URI.create("http://x"), d.message()));
                continue;
            }
            assertNull(first.put(id, d), "each fresh message once");
            if (id < newestSent) {
                late++;
                assertTrue(d.heldBack());
            }
            newestSent = Math.max(newestSent, id);
        }
        assertEquals(2000, first.size());
        assertEquals(2000 + repeats, all.size());
        assertTrue(late > 150 && late < 250, "about 10 % out of order: " + late);
        assertTrue(repeats > 60 && repeats < 140, "about 5 % repeated: " + repeats);
        assertEquals(plain.expected(), mixed.expected(), "delivery order does not change the expected state");
        assertEquals(inOrder.stream().map(Delivery::message).toList(),
                first.values().stream().map(Delivery::message)
                        .sorted((a, b) -> Long.compare(a.messageId(), b.messageId())).toList());
    }

    @Test
    void singlePushCarriesTheGivenSkuAndQuantity() throws Exception {
        Workload w = new Workload(config("--mode", "single", "--sku", "24-MB01", "--qty", "5.50"));
        List<Delivery> all = drain(w);
        assertEquals(1, all.size());
        assertEquals(List.of(new SkuUpdate("24-MB01", new BigDecimal("5.50"), 1000)), all.get(0).message().updates());
        assertEquals(1000, all.get(0).message().messageId());
        assertEquals(Map.of("24-MB01", new ExpectedStock(new BigDecimal("5.50"), 1000)), w.expected());
    }

    @Test
    void wireFormatsEscapeAndCarryIds() {
        PushMessage m = new PushMessage(71, List.of(new SkuUpdate("A&B<1>", BigDecimal.valueOf(90), 1795709455574L)));
        String soap = WireFormat.m2Soap(URI.create("http://localhost:8080"), m);
        assertTrue(soap.contains("<sku>A&amp;B&lt;1&gt;</sku><qty>90</qty><source>default</source>"), soap);
        assertTrue(soap.contains("<seq>1795709455574</seq>") && soap.contains("<messageSeqId>71</messageSeqId>"), soap);
        assertEquals("{\"productQtys\":[{\"sku\":\"A&B<1>\",\"qty\":\"90\",\"source\":\"default\"}],"
                + "\"productSeqs\":[{\"sku\":\"A&B<1>\",\"seq\":\"1795709455574\"}],\"messageSeqId\":71}", WireFormat.m2Json(m));
        String m1 = WireFormat.m1Update("abc", m);
        assertTrue(m1.contains("<sessionId xsi:type=\"xsd:string\">abc</sessionId>"), m1);
        assertTrue(m1.contains("arrayType=\"ns1:skuQty[1]\"") && m1.contains(">1795709455574</value>"), m1);
        assertEquals("0123abcd", WireFormat.loginReturn(
                "<SOAP-ENV:Body><ns1:loginResponse><loginReturn xsi:type=\"xsd:string\">0123abcd</loginReturn>").orElseThrow());
        assertTrue(WireFormat.loginReturn("<faultstring>Access denied.</faultstring>").isEmpty());
    }

    @Test
    void optionsHaveTheDocumentedDefaults(@TempDir Path dir) throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("api-token"), "secret\n");
        long before = System.currentTimeMillis();
        SimulationConfig c = SimulatorOptions.parse("--skus", "10", "--token-file", tokenFile.toString());
        assertEquals(SimulationConfig.Contract.M2_SOAP, c.contract());
        assertEquals(SimulationConfig.Mode.FULL, c.mode());
        assertEquals("secret", c.token());
        assertEquals(URI.create("http://localhost:8080"), c.baseUrl());
        assertEquals(42, c.seed());
        assertEquals(4, c.concurrency());
        assertEquals(150, c.chunk());
        assertEquals(30, c.requestTimeout().toSeconds());
        assertTrue(c.seqBase() >= before && c.seqBase() <= System.currentTimeMillis());

        SimulationConfig inc = SimulatorOptions.parse("--mode=incremental", "--token", "t", "--base-url", "http://h:1/");
        assertEquals(URI.create("http://h:1"), inc.baseUrl());
        assertEquals(1000, inc.skus());
        assertEquals(20, inc.lines());
        assertEquals(50.0, inc.rate());
        assertEquals(500, inc.plannedMessages());

        SimulationConfig m1 = SimulatorOptions.parse("--contract", "m1-soap", "--m1-user", "orderflow", "--m1-key", "k",
                "--mode", "single", "--sku", "S", "--qty", "1");
        assertNull(m1.token());
    }

    @Test
    void badOptionsAreRefusedWithAClearMessage() {
        assertUsage("unknown option --skuz", "--skuz", "3");
        assertUsage("--skus must be a whole number, got 'many'", "--skus", "many");
        assertUsage("--mode must be single, full or incremental, got 'bulk'", "--mode", "bulk");
        assertUsage("--contract must be m2-soap, m2-rest or m1-soap, got 'm3'", "--contract", "m3", "--skus", "1");
        assertUsage("--chunk does not apply to --mode single", "--mode", "single", "--sku", "S", "--qty", "1", "--chunk", "5");
        assertUsage("--mode single needs --qty", "--mode", "single", "--sku", "S");
        assertUsage("--mode full needs --skus", "--mode", "full");
        assertUsage("--concurrency must be at least 1", "--skus", "1", "--concurrency", "0");
        assertUsage("--lines must be between 1 and --skus (10)", "--mode", "incremental", "--skus", "10", "--lines", "11");
        assertUsage("--shuffle must be between 0 and 1", "--skus", "1", "--shuffle", "1.5");
        assertUsage("--seed is given twice", "--skus", "1", "--seed", "1", "--seed", "2");
        assertUsage("--seed needs a value", "--skus", "1", "--seed");
        assertUsage("unexpected argument 'full' (options start with --)", "--skus", "1", "full");
        assertUsage("--base-url must be an http(s) URL such as http://localhost:8080, got 'ftp://x'",
                "--skus", "1", "--base-url", "ftp://x");
        assertUsage("--m1-key only applies to --contract m1-soap", "--skus", "1", "--m1-key", "k");
        assertUsage("--token does not apply to --contract m1-soap (it logs in with --m1-user/--m1-key)",
                "--contract", "m1-soap", "--m1-user", "u", "--m1-key", "k", "--skus", "1");
        UsageException noKey = assertThrows(UsageException.class,
                () -> SimulatorOptions.parse("--contract", "m1-soap", "--m1-user", "u", "--skus", "1"));
        assertEquals("--contract m1-soap needs --m1-key", noKey.getMessage());
        assertUsage("--skus is too large: 9999999999", "--skus", "9999999999");
        UsageException noToken = assertThrows(UsageException.class, () -> SimulatorOptions.parse("--skus", "1"));
        assertEquals("--contract m2-soap needs --token or --token-file", noToken.getMessage());
        UsageException noFile = assertThrows(UsageException.class,
                () -> SimulatorOptions.parse("--skus", "1", "--token-file", "/nonexistent/api-token"));
        assertTrue(noFile.getMessage().startsWith("cannot read --token-file /nonexistent/api-token"), noFile.getMessage());
    }

    @Test
    void badOptionsExitWithTwoAndHelpWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PushSimulator.execute(new String[]{"--bogus"}, print(out), print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("push-simulator: unknown option --bogus"));
        assertEquals(0, PushSimulator.execute(new String[]{"--bogus", "--help"}, print(out), print(err)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: PushSimulator"));
    }

    @Test
    void percentilesAreNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // unsorted on purpose
        }
        assertEquals(50, RunStats.percentile(hundred, 50));
        assertEquals(95, RunStats.percentile(hundred, 95));
        assertEquals(99, RunStats.percentile(hundred, 99));
        assertEquals(100, RunStats.percentile(hundred, 100));
        assertEquals(1, RunStats.percentile(hundred, 0));
        long[] twenty = new long[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i + 1;
        }
        assertEquals(19, RunStats.percentile(twenty, 95), "rank ceil(0.95 * 20) = 19, not 20");
        assertEquals(7, RunStats.percentile(new long[]{7}, 99));
        assertTrue(Double.isNaN(RunStats.percentile(new long[0], 50)));
    }

    private static void assertUsage(String message, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> SimulatorOptions.parse(concat(BASE, args)));
        assertEquals(message, e.getMessage());
    }

    private static SimulationConfig config(String... args) throws UsageException {
        return SimulatorOptions.parse(concat(BASE, args));
    }

    private static List<Delivery> drain(SimulationConfig c) {
        return drain(new Workload(c));
    }

    private static List<Delivery> drain(Workload w) {
        List<Delivery> all = new ArrayList<>();
        for (Delivery d; (d = w.next()) != null; ) {
            all.add(d);
        }
        return all;
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static PrintStream print(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }
}
