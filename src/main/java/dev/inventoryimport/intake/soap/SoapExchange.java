package dev.inventoryimport.intake.soap;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.activation.DataSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.handler.MessageContext;

/**
 * One call to a SOAP endpoint: the HTTP request and the message context its answer goes through.
 *
 * @param mc   the JAX-WS message context (status and headers of the answer)
 * @param http the servlet request (method, headers, query)
 */
public record SoapExchange(MessageContext mc, HttpServletRequest http) {

    /** The envelope version the Content-Type announces, for answers before the body was read. */
    public SoapVersion headerVersion() {
        return SoapVersion.fromContentType(http.getContentType());
    }

    /** An envelope in version {@code v}. */
    public DataSource answer(SoapVersion v, int status, Map<String, String> headers, byte[] envelope) {
        return ProviderAnswer.of(mc, status, headers, v.contentType(), envelope);
    }

    /** A plain SOAP fault: Client/Sender below 500, Server/Receiver from 500. */
    public DataSource fault(SoapVersion v, int status, Map<String, String> headers, String reason) {
        return answer(v, status, headers, SoapWriter.fault(v, status < 500, reason));
    }

    DataSource text(int status, Map<String, String> headers, String text) {
        return ProviderAnswer.of(mc, status, headers, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
