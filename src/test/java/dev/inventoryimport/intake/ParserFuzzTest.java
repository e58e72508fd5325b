package dev.inventoryimport.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import dev.inventoryimport.intake.magento1.Magento1Call;
import dev.inventoryimport.intake.magento1.Magento1SoapReader;
import dev.inventoryimport.intake.readers.PushReader;
import dev.inventoryimport.requests.Contract;
import dev.inventoryimport.requests.InventoryPush;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing of the three push readers with jqwik: arbitrary bytes, and valid SOAP 1.1, SOAP 1.2,
 * Magento 1 (rpc/encoded and document/literal, every call) and JSON bodies mutated at random
 * (truncated, bits flipped, tags, entities, DOCTYPEs, huge numbers, deep nesting and invalid UTF-8
 * inserted, slices removed or repeated). Every try must either read into a push or be refused with
 * {@link PushRejected} ({@code INVALID}, the 400 of the answers table), never any other exception,
 * and within {@link #PER_TRY_SECONDS}. Where the right answer is known exactly (message ids, the
 * nesting, attribute and member limits) the properties check it too.
 *
 * <p>Intake stores a request only after its body has been read (the endpoints call
 * {@code IntakeService.store} with the finished push), so a reader that can only return a whole
 * push or refuse is what guarantees that no partial request is stored; the attack ITs check the
 * stored count over HTTP.
 */
class ParserFuzzTest {

    private static final int MAX_LINES = 50;
    private static final long PER_TRY_SECONDS = 2;
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static final String WORKER_NAME = "parser-fuzz";
    private static final AtomicReference<PrintStream> ORIGINAL_ERR = new AtomicReference<>();
    private static ExecutorService worker = newWorker();

    private enum Outcome { ACCEPTED, REFUSED }

    private enum Format { XML, JSON }

    /**
     * A valid body. {@code {ID}} marks the message id's text, {@code {EXTRA}} where an unknown
     * element (XML: first child of the operation) or member (JSON: first member, with its comma)
     * may be inserted.
     */
    private record Seed(String name, Contract contract, Format format, boolean update, String template) {

        byte[] body() {
            return body("71", "");
        }

        byte[] body(String messageId, String extra) {
            String id = format == Format.JSON ? "\"" + messageId + "\"" : messageId;
            return template.replace("{ID}", id).replace("{EXTRA}", extra).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final String M2_OP = "realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest";
    private static final String M1_RPC_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + SOAP11 + "\" xmlns:ns1=\"urn:Magento\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\""
            + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><SOAP-ENV:Body>";
    private static final String M1_RPC_TAIL = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

    private static final List<Seed> SEEDS = List.of(
            new Seed("m2-soap-1.1", Contract.M2_SOAP, Format.XML, true,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + SOAP11 + "\""
                            + " xmlns:ns1=\"http://shop.example/soap/default?services=x\"><SOAP-ENV:Body><ns1:" + M2_OP + ">{EXTRA}"
                            + "<productQtys><item><sku>24-MB01</sku><qty>90</qty><source>default</source></item>"
                            + "<item><sku>24-MB02</sku><qty>-3.5</qty></item></productQtys>"
                            + "<productSeqs><item><sku>24-MB01</sku><seq>10</seq><lastOrderExported>2024-02-16 10:00:00</lastOrderExported></item>"
                            + "<item><sku>24-MB02</sku><seq>11</seq></item></productSeqs>"
                            + "<messageSeqId>{ID}</messageSeqId></ns1:" + M2_OP + "></SOAP-ENV:Body></SOAP-ENV:Envelope>"),
            new Seed("m2-soap-1.2", Contract.M2_SOAP, Format.XML, true,
                    "<env:Envelope xmlns:env=\"" + SOAP12 + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                            + "<env:Header><h:trace xmlns:h=\"urn:h\">abc</h:trace></env:Header><env:Body>"
                            + "<" + M2_OP + " xmlns=\"urn:store\">{EXTRA}<productQtys><item><sku>A&amp;B</sku>"
                            + "<qty><![CDATA[7]]></qty><source xsi:nil=\"true\"/></item></productQtys>"
                            + "<productSeqs><item><sku>A&amp;B</sku><seq>1</seq></item></productSeqs>"
                            + "<!-- a comment --><messageSeqId>{ID}</messageSeqId></" + M2_OP + "></env:Body></env:Envelope>"),
            new Seed("m2-rest", Contract.M2_REST, Format.JSON, true,
                    "{{EXTRA}\"productQtys\":[{\"sku\":\"24-MB01\",\"qty\":\"90\",\"source\":\"default\"},"
                            + "{\"sku\":\"24-MB02\",\"qty\":-3.5}],\"productSeqs\":[{\"sku\":\"24-MB01\",\"seq\":10,"
                            + "\"lastOrderExported\":\"2024-02-16 10:00:00\"},{\"sku\":\"24-MB02\",\"seq\":\"11\"}],"
                            + "\"messageSeqId\":{ID}}"),
            new Seed("m1-rpc-update", Contract.M1_SOAP, Format.XML, true,
                    M1_RPC_HEAD + "<ns1:orderflowInventoryMultiUpdate>{EXTRA}<sessionId xsi:type=\"xsd:string\">3f2a9c0d1e</sessionId>"
                            + "<skusQty SOAP-ENC:arrayType=\"ns1:skuQty[1]\"><item xsi:type=\"ns1:skuQty\"><key>hdd000</key>"
                            + "<value xsi:type=\"xsd:int\">0</value></item></skusQty>"
                            + "<skusSeqId><item><key>hdd000</key><value>10</value></item></skusSeqId>"
                            + "<messageSeqId xsi:type=\"xsd:int\">{ID}</messageSeqId></ns1:orderflowInventoryMultiUpdate>" + M1_RPC_TAIL),
            new Seed("m1-literal-update", Contract.M1_SOAP, Format.XML, true,
                    "<soapenv:Envelope xmlns:soapenv=\"" + SOAP12 + "\" xmlns:urn=\"urn:Magento\"><soapenv:Body>"
                            + "<urn:orderflowInventoryMultiUpdateRequestParam>{EXTRA}<sessionId>abc</sessionId>"
                            + "<skusQty><complexObjectArray><key>LIT-1</key><value>5.5</value></complexObjectArray></skusQty>"
                            + "<skusSeqId><complexObjectArray><key>LIT-1</key><value>1</value>"
                            + "<lastOrderExported>2024-02-16T10:00:00Z</lastOrderExported></complexObjectArray></skusSeqId>"
                            + "<messageSeqId>{ID}</messageSeqId></urn:orderflowInventoryMultiUpdateRequestParam>"
                            + "</soapenv:Body></soapenv:Envelope>"),
            new Seed("m1-login", Contract.M1_SOAP, Format.XML, false,
                    M1_RPC_HEAD + "<ns1:login>{EXTRA}<username xsi:type=\"xsd:string\">orderflow</username>"
                            + "<apiKey xsi:type=\"xsd:string\">key</apiKey></ns1:login>" + M1_RPC_TAIL),
            new Seed("m1-end-session", Contract.M1_SOAP, Format.XML, false,
                    M1_RPC_HEAD + "<ns1:endSession>{EXTRA}<sessionId>abc</sessionId></ns1:endSession>" + M1_RPC_TAIL));

    /** What a fuzzer inserts: markup, entities, DOCTYPEs, numbers, JSON punctuation and bytes that are not UTF-8. */
    private static final List<byte[]> SNIPPETS = List.of(
            utf8("<item>"), utf8("</item>"), utf8("<sku>"), utf8("</sku>"), utf8("<qty>"), utf8("<messageSeqId>"),
            utf8("</messageSeqId>"), utf8("<messageSeqId>2</messageSeqId>"), utf8("<env:Body>"), utf8("</SOAP-ENV:Body>"),
            utf8("<productQtys><item><sku>X</sku><qty>99999999999999999999999999999</qty></item></productQtys>"),
            utf8("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"),
            utf8("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\">"), utf8("<!ENTITY x SYSTEM \"file:///etc/passwd\">"),
            utf8("&b;"), utf8("&x;"), utf8("&#0;"), utf8("&#x110000;"), utf8("&lt;"), utf8("&"), utf8("<"), utf8(">"),
            utf8("<![CDATA[<x>]]>"), utf8("]]>"), utf8("<!-- c -->"), utf8("<?pi data?>"), utf8("<?xml version=\"1.0\"?>"),
            utf8(" xmlns:q=\"urn:q\""), utf8(" xsi:nil=\"true\""), utf8(" href=\"#id1\""), utf8(" a=\"1\" a=\"2\""),
            utf8("<x:y>"), utf8("<a>".repeat(40)), utf8("</a>".repeat(3)),
            utf8("\""), utf8("{"), utf8("}"), utf8("["), utf8("]"), utf8(","), utf8(":"), utf8("\\"), utf8("\\u0000"),
            utf8("\"messageSeqId\":"), utf8("\"productQtys\":[{\"sku\":\"X\",\"qty\":1e999999999}],"),
            utf8("[".repeat(40)), utf8("{\"a\":".repeat(40)), utf8("null"), utf8("true"),
            utf8("1e999999999"), utf8("-1"), utf8("-0"), utf8("9223372036854775808"), utf8("9".repeat(400)), utf8("0x1F"),
            utf8("\u0000"), utf8("\uFEFF"), utf8("\u00e9\u20ac\uD83D\uDE00"),
            bytes(0xC3, 0x28), bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
            bytes(0xFF, 0xFE), bytes(0xEF, 0xBB, 0xBF), bytes(0x80));

    /** One random edit; positions are fractions of the body's length so they fit any body. */
    private sealed interface Mutation permits Truncate, FlipBit, Insert, Remove, Repeat {
        byte[] apply(byte[] body);
    }

    private record Truncate(double at) implements Mutation {
        public byte[] apply(byte[] body) {
            return java.util.Arrays.copyOf(body, index(at, body.length));
        }
    }

    private record FlipBit(double at, int bit) implements Mutation {
        public byte[] apply(byte[] body) {
            if (body.length == 0) {
                return body;
            }
            byte[] out = body.clone();
            int i = Math.min(index(at, body.length), body.length - 1);
            out[i] = (byte) (out[i] ^ (1 << bit));
            return out;
        }
    }

    private record Insert(double at, byte[] snippet) implements Mutation {
        public byte[] apply(byte[] body) {
            int i = index(at, body.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + snippet.length);
            out.write(body, 0, i);
            out.write(snippet, 0, snippet.length);
            out.write(body, i, body.length - i);
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return "Insert[at=" + at + ", snippet=" + printable(snippet) + "]";
        }
    }

    private record Remove(double at, int length) implements Mutation {
        public byte[] apply(byte[] body) {
            int from = index(at, body.length);
            int to = Math.min(body.length, from + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
            out.write(body, 0, from);
            out.write(body, to, body.length - to);
            return out.toByteArray();
        }
    }

    private record Repeat(double at, int length, int times) implements Mutation {
        public byte[] apply(byte[] body) {
            int from = index(at, body.length);
            int to = Math.min(body.length, from + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(body, 0, to);
            for (int i = 0; i < times; i++) {
                out.write(body, from, to - from);
            }
            out.write(body, to, body.length - to);
            return out.toByteArray();
        }
    }

    @Property(tries = 1000)
    void arbitraryBytesAreReadOrRefused(@ForAll("contracts") Contract contract, @ForAll @Size(max = 4096) byte[] body) {
        Statistics.collect(contract, check(contract, body));
    }

    @Property(tries = 500)
    void arbitraryTextIsReadOrRefused(@ForAll("contracts") Contract contract, @ForAll @Size(max = 2000) String text) {
        Statistics.collect(contract, check(contract, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 2000)
    void mutatedValidBodiesAreReadOrRefused(@ForAll("seeds") Seed seed, @ForAll("mutations") List<Mutation> mutations) {
        byte[] body = seed.body();
        for (Mutation m : mutations) {
            body = m.apply(body);
        }
        Statistics.collect(seed.name(), check(seed.contract(), body));
    }

    @Property(tries = 1000)
    void messageIdsAreAcceptedExactlyWhenTheyFitALong(@ForAll("updateSeeds") Seed seed, @ForAll("messageIds") String id) {
        String text = id.strip();
        BigInteger expected = INTEGER.matcher(text).matches() ? new BigInteger(text) : null;
        boolean fits = expected != null && expected.signum() >= 0 && expected.compareTo(LONG_MAX) <= 0;
        Outcome outcome = check(seed.contract(), seed.body(id, ""), push -> {
            assertTrue(fits, "message id '" + id + "' accepted");
            assertEquals(expected.longValueExact(), push.messageId());
        });
        assertEquals(fits ? Outcome.ACCEPTED : Outcome.REFUSED, outcome, "message id '" + id + "'");
        Statistics.collect(outcome);
    }

    @Property(tries = 400)
    void nestingIsAcceptedExactlyUpToTheLimit(@ForAll("seeds") Seed seed, @ForAll("counts") int levels) {
        // XML: the operation element is at depth 3, so `levels` unknown elements in it reach 3 + levels.
        // JSON: the body object is depth 1, so `levels` arrays in an unknown member reach 1 + levels.
        boolean xml = seed.format() == Format.XML;
        String extra = xml ? "<a>".repeat(levels) + "</a>".repeat(levels)
                : "\"unknown\":" + "[".repeat(levels) + "0" + "]".repeat(levels) + ",";
        boolean withinLimit = (xml ? 3 + levels : 1 + levels) <= 32;
        Outcome outcome = check(seed.contract(), seed.body("71", extra));
        assertEquals(withinLimit ? Outcome.ACCEPTED : Outcome.REFUSED, outcome, seed + " with " + levels + " levels");
        Statistics.collect(outcome);
    }

    @Property(tries = 400)
    void attributesAndMembersAreAcceptedExactlyUpToTheLimit(@ForAll("seeds") Seed seed, @ForAll("counts") int count) {
        // XML: an unknown element with `count` attributes; JSON: an unknown object with `count` members.
        boolean xml = seed.format() == Format.XML;
        StringBuilder extra = new StringBuilder(xml ? "<x" : "\"unknown\":{");
        for (int i = 0; i < count; i++) {
            extra.append(xml ? " a" + i + "=\"1\"" : (i == 0 ? "" : ",") + "\"m" + i + "\":0");
        }
        extra.append(xml ? "/>" : "},");
        Outcome outcome = check(seed.contract(), seed.body("71", extra.toString()));
        assertEquals(count <= 64 ? Outcome.ACCEPTED : Outcome.REFUSED, outcome, seed + " with " + count + " attributes/members");
        Statistics.collect(outcome);
    }

    @Provide
    Arbitrary<Contract> contracts() {
        return Arbitraries.of(Contract.class);
    }

    @Provide
    Arbitrary<Seed> seeds() {
        return Arbitraries.of(SEEDS);
    }

    /** Mostly around the limits (32 levels, 64 attributes or members), sometimes far beyond. */
    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 100)),
                Tuple.of(1, Arbitraries.integers().between(101, 2_000)));
    }

    @Provide
    Arbitrary<Seed> updateSeeds() {
        return Arbitraries.of(SEEDS.stream().filter(Seed::update).toList());
    }

    @Provide
    Arbitrary<String> messageIds() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(400);
        Arbitrary<String> signed = Combinators.combine(Arbitraries.of("", "+", "-", " ", "--", "\u00a0"), digits,
                Arbitraries.of("", "", "", ".0", "e3", "E-2", " ", "x", "\u0661")).as((sign, d, tail) -> sign + d + tail);
        Arbitrary<String> edges = Arbitraries.of("0", "-0", "+7", "9223372036854775807", "9223372036854775808",
                "-9223372036854775808", "18446744073709551616", "1e999999999", "0x10", "", " ", "007");
        Arbitrary<String> ranged = Arbitraries.longs().map(String::valueOf);
        return Arbitraries.frequencyOf(
                Tuple.of(4, signed), Tuple.of(2, edges), Tuple.of(3, ranged));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0.0, true, 1.0, false);
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                at.map(Truncate::new),
                Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(FlipBit::new),
                Combinators.combine(at, Arbitraries.of(SNIPPETS)).as(Insert::new),
                Combinators.combine(at, Arbitraries.of(SNIPPETS)).as(Insert::new),
                Combinators.combine(at, Arbitraries.integers().between(1, 64)).as(Remove::new),
                Combinators.combine(at, Arbitraries.integers().between(1, 64), Arbitraries.integers().between(1, 50))
                        .as(Repeat::new));
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    private interface PushCheck {
        void accepted(InventoryPush push);
    }

    private static Outcome check(Contract contract, byte[] body) {
        return check(contract, body, push -> { });
    }

    /**
     * Reads {@code body} as {@code contract} (Magento 1 bodies also straight through their reader,
     * which knows login and endSession) on a worker thread, within the per-try limit. A push must be
     * whole; a refusal must be {@code INVALID}; anything else fails the try.
     */
    private static Outcome check(Contract contract, byte[] body, PushCheck onPush) {
        Callable<Outcome> read = () -> contract == Contract.M1_SOAP ? readMagento1(body, onPush) : readPush(contract, body, onPush);
        Future<Outcome> future = worker.submit(read);
        try {
            return future.get(PER_TRY_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is abandoned (daemon); later tries get a fresh one
            throw new AssertionError(contract + " reader took over " + PER_TRY_SECONDS + " s on " + printable(body));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError assertion) {
                throw new AssertionError(assertion.getMessage() + " for " + contract + " body " + printable(body), assertion);
            }
            throw new AssertionError(contract + " reader threw " + cause + " (not PushRejected) on " + printable(body), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Outcome readPush(Contract contract, byte[] body, PushCheck onPush) {
        try {
            InventoryPush push = PushReader.read(contract, body, MAX_LINES);
            assertNotNull(push);
            assertTrue(push.messageId() >= 0, "message id " + push.messageId());
            assertTrue(push.lines().size() <= MAX_LINES, push.lines().size() + " lines");
            onPush.accepted(push);
            return Outcome.ACCEPTED;
        } catch (PushRejected e) {
            assertEquals(PushRejected.Reason.INVALID, e.reason(), e.getMessage());
            assertNotNull(e.getMessage());
            return Outcome.REFUSED;
        }
    }

    /**
     * The Magento 1 reader's own outcome (it also reads login and endSession), checked against
     * PushReader's, which must read exactly the well-formed updates.
     */
    private static Outcome readMagento1(byte[] body, PushCheck onPush) {
        Outcome asPush = readPush(Contract.M1_SOAP, body, onPush);
        try {
            Magento1Call call = Magento1SoapReader.read(body, MAX_LINES).call();
            assertNotNull(call);
            assertEquals(call instanceof Magento1Call.MultiUpdate ? Outcome.ACCEPTED : Outcome.REFUSED, asPush,
                    "PushReader on a Magento 1 " + call.getClass().getSimpleName());
            return Outcome.ACCEPTED;
        } catch (PushRejected e) {
            assertEquals(PushRejected.Reason.INVALID, e.reason(), e.getMessage());
            assertEquals(Outcome.REFUSED, asPush, "PushReader read what the Magento 1 reader refused");
            return Outcome.REFUSED;
        }
    }

    /**
     * The JDK's StAX parser prints some fatal errors (bytes invalid for the encoding, met while it
     * reads the prolog) to {@code System.err} through its default error handler before throwing;
     * the readers still refuse them. Those lines from the fuzz worker are dropped so the report
     * stays readable; everything else still reaches the real stream.
     */
    @BeforeContainer
    static void dropParserReportsOfTheWorker() {
        ORIGINAL_ERR.set(System.err);
        PrintStream err = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (!onWorker()) {
                    err.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (!onWorker()) {
                    err.write(b, off, len);
                }
            }

            @Override
            public void flush() {
                err.flush();
            }
        }, true));
    }

    @AfterContainer
    static void stopWorker() {
        worker.shutdownNow();
        System.setErr(ORIGINAL_ERR.get());
    }

    private static boolean onWorker() {
        return WORKER_NAME.equals(Thread.currentThread().getName());
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, WORKER_NAME);
            t.setDaemon(true);
            return t;
        });
    }

    private static int index(double at, int length) {
        return (int) (at * length);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** A failing body as text, bytes outside printable ASCII escaped, shortened for the report. */
    private static String printable(byte[] body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length && out.length() < 600; i++) {
            int b = body[i] & 0xFF;
            out.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return (body.length > 600 ? out + "... (" + body.length + " bytes)" : out.toString());
    }
}
