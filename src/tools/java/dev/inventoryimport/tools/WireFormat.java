package dev.inventoryimport.tools;

import dev.inventoryimport.tools.PushMessage.SkuUpdate;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

/**
 * The bodies OrderFlow sends, one method per contract. Its own builders rather than the
 * integration tests' {@code PushClient}, which lives in another package for another purpose; the
 * shapes are the same as there and in docs/contracts.md. Values are escaped: a {@code --sku-prefix} or
 * {@code --sku} may hold XML characters, and an unescaped one would turn a load test into a parser
 * test.
 */
public final class WireFormat {

    public static final String M2_SERVICE = "realtimeDespatchOrderFlowInventoryRequestManagementV1";
    public static final String M2_SOAP_PATH = "/soap/default?services=" + M2_SERVICE;
    public static final String M2_REST_PATH = "/rest/V1/orderflow/inventory";
    public static final String M1_PATH = "/api/v2_soap/index/";
    public static final String M2_SOAP_TYPE = "application/soap+xml; charset=utf-8";
    public static final String JSON_TYPE = "application/json";
    public static final String M1_TYPE = "text/xml; charset=utf-8";

    private static final String SOURCE = "default";
    private static final String M1_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns1=\"urn:Magento\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:SOAP-ENC=\"http://schemas.xmlsoap.org/soap/encoding/\""
            + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><SOAP-ENV:Body>";
    private static final String M1_TAIL = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    private static final Pattern LOGIN_RETURN = Pattern.compile("<(?:[\\w.-]+:)?loginReturn[^>]*>([^<]+)<");

    private WireFormat() {
    }

    /**
     * Magento 2 SOAP 1.2; the operation namespace is the store's own service URL, as Magento's WSDL
     * names it.
     */
    public static String m2Soap(URI base, PushMessage m) {
        StringBuilder b = new StringBuilder(256 + 160 * m.updates().size());
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:ns1=\"")
                .append(xml(base + M2_SOAP_PATH)).append("\"><env:Body><ns1:").append(M2_SERVICE).append("UpdateRequest>")
                .append("<productQtys>");
        for (SkuUpdate u : m.updates()) {
            b.append("<item><sku>").append(xml(u.sku())).append("</sku><qty>").append(u.qty().toPlainString())
                    .append("</qty><source>").append(SOURCE).append("</source></item>");
        }
        b.append("</productQtys><productSeqs>");
        for (SkuUpdate u : m.updates()) {
            b.append("<item><sku>").append(xml(u.sku())).append("</sku><seq>").append(u.seq()).append("</seq></item>");
        }
        return b.append("</productSeqs><messageSeqId>").append(m.messageId()).append("</messageSeqId></ns1:")
                .append(M2_SERVICE).append("UpdateRequest></env:Body></env:Envelope>").toString();
    }

    /** The REST twin; figures as JSON strings, as Magento's REST API serialises them. */
    public static String m2Json(PushMessage m) {
        var qtys = Json.createArrayBuilder();
        var seqs = Json.createArrayBuilder();
        for (SkuUpdate u : m.updates()) {
            qtys.add(Json.createObjectBuilder().add("sku", u.sku()).add("qty", u.qty().toPlainString()).add("source", SOURCE));
            seqs.add(Json.createObjectBuilder().add("sku", u.sku()).add("seq", Long.toString(u.seq())));
        }
        return Json.createObjectBuilder().add("productQtys", qtys).add("productSeqs", seqs)
                .add("messageSeqId", m.messageId()).build().toString();
    }

    public static String m1Login(String user, String apiKey) {
        return M1_HEAD + "<ns1:login><username xsi:type=\"xsd:string\">" + xml(user) + "</username>"
                + "<apiKey xsi:type=\"xsd:string\">" + xml(apiKey) + "</apiKey></ns1:login>" + M1_TAIL;
    }

    /** Magento 1 rpc/encoded; ids are typed xsd:long because epoch-based ids do not fit an int. */
    public static String m1Update(String sessionId, PushMessage m) {
        int n = m.updates().size();
        StringBuilder b = new StringBuilder(512 + 300 * n).append(M1_HEAD).append("<ns1:orderflowInventoryMultiUpdate>")
                .append("<sessionId xsi:type=\"xsd:string\">").append(xml(sessionId)).append("</sessionId>")
                .append("<skusQty SOAP-ENC:arrayType=\"ns1:skuQty[").append(n).append("]\" xsi:type=\"ns1:skuQtyArray\">");
        for (SkuUpdate u : m.updates()) {
            boolean whole = u.qty().stripTrailingZeros().scale() <= 0;
            b.append("<item xsi:type=\"ns1:skuQty\"><key xsi:type=\"xsd:string\">").append(xml(u.sku()))
                    .append("</key><value xsi:type=\"").append(whole ? "xsd:int" : "xsd:decimal").append("\">")
                    .append(u.qty().toPlainString()).append("</value></item>");
        }
        b.append("</skusQty><skusSeqId SOAP-ENC:arrayType=\"ns1:skuSeq[").append(n).append("]\" xsi:type=\"ns1:skuSeqArray\">");
        for (SkuUpdate u : m.updates()) {
            b.append("<item xsi:type=\"ns1:skuSeq\"><key xsi:type=\"xsd:string\">").append(xml(u.sku()))
                    .append("</key><value xsi:type=\"xsd:long\">").append(u.seq()).append("</value></item>");
        }
        return b.append("</skusSeqId><messageSeqId xsi:type=\"xsd:long\">").append(m.messageId())
                .append("</messageSeqId></ns1:orderflowInventoryMultiUpdate>").append(M1_TAIL).toString();
    }

    public static String m1EndSession(String sessionId) {
        return M1_HEAD + "<ns1:endSession><sessionId xsi:type=\"xsd:string\">" + xml(sessionId)
                + "</sessionId></ns1:endSession>" + M1_TAIL;
    }

    /** The session id of a login answer, if it holds one. */
    public static Optional<String> loginReturn(String answer) {
        Matcher m = LOGIN_RETURN.matcher(answer);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
