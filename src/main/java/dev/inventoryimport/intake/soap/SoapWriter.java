package dev.inventoryimport.intake.soap;

import java.nio.charset.StandardCharsets;

/**
 * Writes the two replies the SOAP endpoint ever gives: the Update response and a fault. Plain
 * string building, since the documents are tiny and fixed; every variable part is escaped because
 * a fault reason may echo what the sender sent.
 */
public final class SoapWriter {

    private static final String RESPONSE = "realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateResponse";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private SoapWriter() {
    }

    /**
     * The Update response, e.g. {@code result = "Success - Message 71 Received"}.
     *
     * @param operationNamespace namespace of the request's body element; the response element goes
     *                           in the same one, or in none if this is {@code null} or empty
     */
    public static byte[] answer(SoapVersion v, String operationNamespace, String resultText) {
        boolean namespaced = operationNamespace != null && !operationNamespace.isEmpty();
        String response = namespaced ? "ns1:" + RESPONSE : RESPONSE;
        String declaration = namespaced ? " xmlns:ns1=\"" + escapeAttribute(operationNamespace) + "\"" : "";
        // result stays unqualified, as Magento writes it and as the WSDL declares it (local elements unqualified).
        return envelope(v, "<" + response + declaration + "><result>" + escapeText(resultText)
                + "</result></" + response + ">");
    }

    /**
     * A fault in the given version.
     *
     * @param senderFault {@code true} when the request was at fault (Client / Sender), {@code false}
     *                    for our own failure (Server / Receiver)
     * @param reason      human-readable reason; escaped here
     */
    public static byte[] fault(SoapVersion v, boolean senderFault, String reason) {
        String p = prefix(v) + ":";
        String fault = switch (v) {
            case SOAP_1_1 -> "<faultcode>" + p + (senderFault ? "Client" : "Server") + "</faultcode>"
                    + "<faultstring>" + escapeText(reason) + "</faultstring>";
            case SOAP_1_2 -> "<" + p + "Code><" + p + "Value>" + p + (senderFault ? "Sender" : "Receiver")
                    + "</" + p + "Value></" + p + "Code>"
                    + "<" + p + "Reason><" + p + "Text xml:lang=\"en\">" + escapeText(reason)
                    + "</" + p + "Text></" + p + "Reason>";
        };
        return envelope(v, "<" + p + "Fault>" + fault + "</" + p + "Fault>");
    }

    private static byte[] envelope(SoapVersion v, String bodyContent) {
        String p = prefix(v);
        String xml = DECLARATION
                + "<" + p + ":Envelope xmlns:" + p + "=\"" + v.envelopeNamespace() + "\">"
                + "<" + p + ":Body>" + bodyContent + "</" + p + ":Body>"
                + "</" + p + ":Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The conventional prefixes, so faultcode values read as clients expect. */
    private static String prefix(SoapVersion v) {
        return v == SoapVersion.SOAP_1_1 ? "SOAP-ENV" : "env";
    }

    static String escapeText(String text) {
        return escape(text, false);
    }

    static String escapeAttribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                // Parsers would normalise these away (to a space or \n) if written raw.
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(attribute ? "&#" + c + ";" : Character.toString(c));
                default -> out.appendCodePoint(isXmlChar(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    /** XML 1.0 cannot carry control characters or lone surrogates at all, escaped or not. */
    private static boolean isXmlChar(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }
}
