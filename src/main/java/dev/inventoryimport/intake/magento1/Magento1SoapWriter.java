package dev.inventoryimport.intake.magento1;

import static dev.inventoryimport.intake.soap.SecureXml.escapeText;

import dev.inventoryimport.intake.soap.SoapVersion;

import java.nio.charset.StandardCharsets;

/**
 * Writes the replies of the Magento 1 SOAP v2 API as Magento 1's PHP SoapServer shapes them, in
 * the SOAP version and encoding style of the request: each call's answer, and faults carrying
 * Magento 1's numeric fault codes, which OrderFlow acts upon ({@code 2} "Access denied.",
 * {@code 5} "Session expired. Try to relogin."). Plain string building, since the documents are
 * tiny and fixed; every variable part is escaped.
 *
 * <p>rpc/encoded answers declare SOAP encoding: on the Envelope in SOAP 1.1 (as PHP does), on the
 * response element in SOAP 1.2 (which forbids it on the Envelope), and type their return values
 * with {@code xsi:type}. Document/literal answers are the WS-I {@code ...ResponseParam} elements
 * with an untyped {@code result}. The SOAP 1.2 {@code rpc:result} marker is not written; clients
 * take the single return element as the result.
 */
public final class Magento1SoapWriter {

    static final String MAGENTO_NS = "urn:Magento";

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SOAP11_ENCODING = "http://schemas.xmlsoap.org/soap/encoding/";
    private static final String SOAP12_ENCODING = "http://www.w3.org/2003/05/soap-encoding";

    private Magento1SoapWriter() {
    }

    /** The {@code login} answer carrying the new session id. */
    public static byte[] loginAnswer(SoapVersion v, Magento1Style s, String sessionId) {
        return answer(v, s, "login", "loginReturn", "xsd:string", sessionId);
    }

    /** The {@code orderflowInventoryMultiUpdate} answer, e.g. {@code "Success - Message 4 Received"}. */
    public static byte[] multiUpdateAnswer(SoapVersion v, Magento1Style s, String resultText) {
        return answer(v, s, "orderflowInventoryMultiUpdate", "result", "xsd:string", resultText);
    }

    /** The {@code endSession} answer: always {@code true}, as Magento 1 answers. */
    public static byte[] endSessionAnswer(SoapVersion v, Magento1Style s) {
        return answer(v, s, "endSession", "endSessionReturn", "xsd:boolean", "true");
    }

    /**
     * A fault, the same in both styles.
     *
     * <p>SOAP 1.1: Magento 1's code is the bare {@code faultcode} text, exactly as Magento sends it
     * ({@code <faultcode>2</faultcode>}). SOAP 1.2 only allows standard QNames in {@code Code/Value},
     * so there the value is {@code env:Sender} ({@code env:Receiver} for Magento's code {@code 1},
     * "Internal Error") and the Magento code goes in {@code <env:Detail><ns1:code>2</ns1:code></env:Detail>},
     * {@code ns1} being {@code urn:Magento}.
     *
     * <p>The SOAP codes {@code Client} and {@code Server} are also accepted, as PHP's SoapFault
     * does: written {@code SOAP-ENV:Client}/{@code SOAP-ENV:Server} in 1.1 and as
     * {@code env:Sender}/{@code env:Receiver} without Detail in 1.2.
     *
     * @param faultCode   Magento's numeric code as text, e.g. {@code "2"}, or {@code Client}/{@code Server}
     * @param faultString human-readable reason, e.g. {@code "Access denied."}; escaped here
     */
    public static byte[] fault(SoapVersion v, String faultCode, String faultString) {
        String p = prefix(v) + ":";
        boolean soapCode = "Client".equals(faultCode) || "Server".equals(faultCode);
        String fault = switch (v) {
            case SOAP_1_1 -> "<faultcode>" + (soapCode ? p : "") + escapeText(faultCode) + "</faultcode>"
                    + "<faultstring>" + escapeText(faultString) + "</faultstring>";
            case SOAP_1_2 -> {
                boolean receiver = "Server".equals(faultCode) || "1".equals(faultCode);
                yield "<" + p + "Code><" + p + "Value>" + p + (receiver ? "Receiver" : "Sender")
                        + "</" + p + "Value></" + p + "Code>"
                        + "<" + p + "Reason><" + p + "Text xml:lang=\"en\">" + escapeText(faultString)
                        + "</" + p + "Text></" + p + "Reason>"
                        + (soapCode ? "" : "<" + p + "Detail><ns1:code>" + escapeText(faultCode) + "</ns1:code></" + p + "Detail>");
            }
        };
        return envelope(v, " xmlns:ns1=\"" + MAGENTO_NS + "\"", "<" + p + "Fault>" + fault + "</" + p + "Fault>");
    }

    private static byte[] answer(SoapVersion v, Magento1Style s, String operation, String rpcReturn, String xsdType, String value) {
        return switch (s) {
            case RPC_ENCODED -> {
                boolean soap11 = v == SoapVersion.SOAP_1_1;
                String declarations = " xmlns:ns1=\"" + MAGENTO_NS + "\" xmlns:xsd=\"" + XSD + "\" xmlns:xsi=\"" + XSI + "\""
                        + (soap11 ? " xmlns:SOAP-ENC=\"" + SOAP11_ENCODING + "\" SOAP-ENV:encodingStyle=\"" + SOAP11_ENCODING + "\"" : "");
                String encodingStyle = soap11 ? "" : " env:encodingStyle=\"" + SOAP12_ENCODING + "\"";
                yield envelope(v, declarations, "<ns1:" + operation + "Response" + encodingStyle + ">"
                        + "<" + rpcReturn + " xsi:type=\"" + xsdType + "\">" + escapeText(value) + "</" + rpcReturn + ">"
                        + "</ns1:" + operation + "Response>");
            }
            case DOCUMENT_LITERAL -> envelope(v, " xmlns:ns1=\"" + MAGENTO_NS + "\"",
                    "<ns1:" + operation + "ResponseParam><result>" + escapeText(value) + "</result></ns1:"
                            + operation + "ResponseParam>");
        };
    }

    /** {@code declarations}: extra namespace declarations and attributes for the Envelope start tag. */
    private static byte[] envelope(SoapVersion v, String declarations, String bodyContent) {
        String p = prefix(v);
        String xml = DECLARATION
                + "<" + p + ":Envelope xmlns:" + p + "=\"" + v.envelopeNamespace() + "\"" + declarations + ">"
                + "<" + p + ":Body>" + bodyContent + "</" + p + ":Body>"
                + "</" + p + ":Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The prefixes PHP's SoapServer (and so Magento 1) writes. */
    private static String prefix(SoapVersion v) {
        return v == SoapVersion.SOAP_1_1 ? "SOAP-ENV" : "env";
    }
}
