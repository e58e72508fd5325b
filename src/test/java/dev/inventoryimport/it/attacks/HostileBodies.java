package dev.inventoryimport.it.attacks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.inventoryimport.it.support.PushClient;

/**
 * Bodies for the attack ITs ({@link Attacks}), built in the test: a push of each contract with
 * places for what an attacker adds (a prolog before the root, elements or members inside the
 * operation, attributes or members on an item, the SKU and message id texts), and a generator
 * that streams a body of any size without holding it.
 */
final class HostileBodies {

    /** The three push contracts: where they are posted and as what. */
    enum Target {
        M2_SOAP("m2-soap", "soap/default?services=" + PushClient.SERVICE, "application/soap+xml; charset=utf-8"),
        M2_REST("m2-rest", "rest/V1/orderflow/inventory", "application/json"),
        M1_SOAP("m1-soap", "api/v2_soap/index/", "text/xml; charset=utf-8");

        final String label;
        final String path;
        final String contentType;

        Target(String label, String path, String contentType) {
            this.label = label;
            this.path = path;
            this.contentType = contentType;
        }

        boolean xml() {
            return this != M2_REST;
        }
    }

    static final String SESSION = "@@SESSION@@";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String M2_OP = PushClient.SERVICE + "UpdateRequest";

    /**
     * The parts of a push an attack replaces. For XML, {@code prolog} goes between the XML
     * declaration and the root, {@code inside} is the first content of the operation element,
     * {@code attributes} go on the first quantity item; for JSON, {@code inside} is the first
     * member(s) of the body object (with their trailing comma) and {@code attributes} further
     * members of the first quantity item (each with its leading comma).
     */
    record Shape(String prolog, String inside, String attributes, String sku, String messageId) {

        static Shape push(long messageId) {
            return new Shape("", "", "", "ATTACK-SKU", Long.toString(messageId));
        }

        Shape prolog(String p) {
            return new Shape(p, inside, attributes, sku, messageId);
        }

        Shape inside(String i) {
            return new Shape(prolog, i, attributes, sku, messageId);
        }

        Shape attributes(String a) {
            return new Shape(prolog, inside, a, sku, messageId);
        }

        Shape sku(String s) {
            return new Shape(prolog, inside, attributes, s, messageId);
        }

        Shape messageId(String id) {
            return new Shape(prolog, inside, attributes, sku, id);
        }
    }

    private HostileBodies() {
    }

    /** The push of {@code target} in {@code shape}; Magento 1 bodies name {@link #SESSION}, replaced when sent. */
    static String render(Target target, Shape s) {
        return switch (target) {
            case M2_SOAP -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + s.prolog()
                    + "<env:Envelope xmlns:env=\"" + SOAP12 + "\" xmlns:ns1=\"http://shop.example/soap/default?services="
                    + PushClient.SERVICE + "\"><env:Body><ns1:" + M2_OP + ">" + s.inside()
                    + "<productQtys><item" + s.attributes() + "><sku>" + s.sku() + "</sku><qty>1</qty></item></productQtys>"
                    + "<productSeqs><item><sku>" + s.sku() + "</sku><seq>1</seq></item></productSeqs>"
                    + "<messageSeqId>" + s.messageId() + "</messageSeqId></ns1:" + M2_OP + "></env:Body></env:Envelope>";
            case M1_SOAP -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + s.prolog()
                    + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + SOAP11 + "\" xmlns:ns1=\"urn:Magento\"><SOAP-ENV:Body>"
                    + "<ns1:orderflowInventoryMultiUpdate>" + s.inside() + "<sessionId>" + SESSION + "</sessionId>"
                    + "<skusQty><item" + s.attributes() + "><key>" + s.sku() + "</key><value>1</value></item></skusQty>"
                    + "<skusSeqId><item><key>" + s.sku() + "</key><value>1</value></item></skusSeqId>"
                    + "<messageSeqId>" + s.messageId() + "</messageSeqId></ns1:orderflowInventoryMultiUpdate>"
                    + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
            case M2_REST -> "{" + s.inside() + "\"productQtys\":[{\"sku\":\"" + s.sku() + "\",\"qty\":\"1\"" + s.attributes()
                    + "}],\"productSeqs\":[{\"sku\":\"" + s.sku() + "\",\"seq\":\"1\"}],\"messageSeqId\":" + s.messageId() + "}";
        };
    }

    /** {@code text} in UTF-8 with the first {@code marker} replaced by raw bytes (which need not be UTF-8). */
    static byte[] withBytes(String text, String marker, int... bytes) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf(marker)).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length + bytes.length);
        out.write(utf8, 0, at);
        for (int b : bytes) {
            out.write(b);
        }
        int after = at + marker.getBytes(StandardCharsets.UTF_8).length;
        out.write(utf8, after, utf8.length - after);
        return out.toByteArray();
    }

    /** {@code n} distinct XML attributes ({@code  abc="1"}: letters only, three per name). */
    static String xmlAttributes(int n) {
        StringBuilder out = new StringBuilder(n * 8);
        for (int i = 0; i < n; i++) {
            out.append(' ').append(name(i)).append("=\"1\"");
        }
        return out.toString();
    }

    /** {@code n} distinct JSON members, each with its leading comma. */
    static String jsonMembers(int n) {
        StringBuilder out = new StringBuilder(n * 8);
        for (int i = 0; i < n; i++) {
            out.append(",\"").append(name(i)).append("\":0");
        }
        return out.toString();
    }

    private static String name(int i) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int n = letters.length();
        return "" + letters.charAt(i / (n * n) % n) + letters.charAt(i / n % n) + letters.charAt(i % n);
    }

    /** The classic ten-level entity expansion: a billion copies of "lol" from a few hundred bytes. */
    static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol \"lol\">");
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
            dtd.append("<!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    /**
     * A well-formed-looking push of exactly {@code length} bytes, produced as it is read: the head
     * of the push, {@code <item>}s (or JSON items) repeated to fill, and its tail.
     */
    static InputStream generated(Target target, long messageId, String session, long length) {
        String[] parts = switch (target) {
            case M2_SOAP -> new String[] {
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope xmlns:env=\"" + SOAP12 + "\"><env:Body><ns1:" + M2_OP
                            + " xmlns:ns1=\"urn:store\"><productQtys>",
                    "<item><sku>GENERATED</sku><qty>1</qty></item>",
                    "</productQtys><messageSeqId>" + messageId + "</messageSeqId></ns1:" + M2_OP + "></env:Body></env:Envelope>"};
            case M1_SOAP -> new String[] {
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" + SOAP11
                            + "\" xmlns:ns1=\"urn:Magento\"><SOAP-ENV:Body><ns1:orderflowInventoryMultiUpdate><sessionId>"
                            + session + "</sessionId><skusQty>",
                    "<item><key>GENERATED</key><value>1</value></item>",
                    "</skusQty><messageSeqId>" + messageId + "</messageSeqId></ns1:orderflowInventoryMultiUpdate>"
                            + "</SOAP-ENV:Body></SOAP-ENV:Envelope>"};
            case M2_REST -> new String[] {
                    "{\"productQtys\":[{\"sku\":\"GENERATED\",\"qty\":1}",
                    ",{\"sku\":\"GENERATED\",\"qty\":1}",
                    "],\"messageSeqId\":" + messageId + "}"};
        };
        return new Generated(parts[0].getBytes(StandardCharsets.UTF_8), parts[1].getBytes(StandardCharsets.UTF_8),
                parts[2].getBytes(StandardCharsets.UTF_8), length);
    }

    /** Head, then the unit repeated (the last copy cut to fit), then the tail; nothing held but the three parts. */
    private static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        private final byte[] tail;
        private final long length;
        private final long tailStart;
        private long position;

        Generated(byte[] head, byte[] unit, byte[] tail, long length) {
            if (length < head.length + tail.length) {
                throw new IllegalArgumentException("too short for a push");
            }
            this.head = head;
            this.unit = unit;
            this.tail = tail;
            this.length = length;
            this.tailStart = length - tail.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = 0;
            while (n < len && position < length) {
                int chunk;
                if (position < head.length) {
                    chunk = copy(head, (int) position, b, off + n, len - n, head.length);
                } else if (position < tailStart) {
                    int inUnit = (int) ((position - head.length) % unit.length);
                    int room = (int) Math.min(unit.length, tailStart - position + inUnit);
                    chunk = copy(unit, inUnit, b, off + n, len - n, room);
                } else {
                    chunk = copy(tail, (int) (position - tailStart), b, off + n, len - n, tail.length);
                }
                n += chunk;
                position += chunk;
            }
            return n;
        }

        private static int copy(byte[] from, int at, byte[] to, int toOffset, int room, int end) {
            int count = Math.min(end - at, room);
            System.arraycopy(from, at, to, toOffset, count);
            return count;
        }
    }
}
